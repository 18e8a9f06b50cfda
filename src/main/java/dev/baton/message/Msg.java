package dev.baton.message;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every message Baton shows a user, each with a stable code, used alike by the command line,
 * logs and reports. Patterns follow {@link MessageFormat}: quote a literal apostrophe as {@code ''}.
 */
public enum Msg {
    // --- pipeline files (100-199) ---
    YAML_SYNTAX("BATON-100", "{0}"),
    UNKNOWN_KEY("BATON-101", "unknown key ''{0}'' {1}{2}"),
    WRONG_TYPE("BATON-102", "''{0}'' must be {1}, not {2}"),
    DUPLICATE_KEY("BATON-103", "duplicate key ''{0}'' (first at line {1})"),
    MISSING_KEY("BATON-104", "{0} needs ''{1}''"),
    DUPLICATE_STAGE("BATON-105", "duplicate stage name ''{0}'' (first at line {1})"),
    UNKNOWN_AGENT("BATON-106", "unknown agent ''{0}''{1}"),
    REFINE_ON_FAIL("BATON-138", "--refine-on-fail is not supported: the seed ran a prompt refiner beside a failed stage and only kept its text in memory. In Baton a rejected stage is retried with its reviewers'' feedback (STAGE.last_review and STAGE.last_output in its task; max_retries, policy.retries); for a refined prompt, add a stage with agent PromptRefinerAgent and advisor PromptRefinerAdvisor before the stage that uses it"),
    UNKNOWN_MEMOIZED_STAGE("BATON-137", "policy.memoize names stage ''{0}'', which the pipeline does not have{1}"),
    UNKNOWN_ADVISOR("BATON-107", "unknown advisor ''{0}''{1}"),
    UNKNOWN_STAGE("BATON-108", "''{0}'' names stage ''{1}'', which does not exist{2}"),
    NO_PRODUCER("BATON-109", "stage ''{0}'' reads ''{1}'', which no stage writes as output{2}"),
    CYCLE("BATON-110", "dependency cycle: {0}"),
    OUTPUT_CONFLICT("BATON-111", "stages ''{0}'' and ''{1}'' both write ''{2}''"),
    OUT_OF_RANGE("BATON-112", "''{0}'' must be {1}, not {2}"),
    BAD_VALUE("BATON-113", "''{0}'' must be one of {1}, not ''{2}''{3}"),
    TOO_MANY_ALIASES("BATON-114", "the document uses more than {0} YAML aliases; refused as a possible alias bomb"),
    TOO_LARGE("BATON-115", "the document is larger than {0} characters; refused"),
    TOO_DEEP("BATON-116", "the document nests deeper than {0} levels; refused"),
    NOT_A_MAPPING("BATON-117", "a pipeline file must be a mapping with a ''stages'' list, not {0}"),
    PATH_ESCAPES("BATON-118", "''{0}'' must be a relative path inside the run folder, not ''{1}''"),
    PATH_ESCAPES_BY_LINK("BATON-136", "''{0}'' leads out of the run folder through a symbolic link; refused"),
    MEMORY_CLASH("BATON-119", "memory key ''{0}'' has the name of a stage, whose outputs it would hide"),
    SELF_DEPENDENCY("BATON-120", "stage ''{0}'' depends on itself"),
    EMPTY_STAGES("BATON-121", "''stages'' must hold at least one stage"),
    THRESHOLD_ALIAS_CONFLICT("BATON-122", "''score_thresholds'' and ''thresholds'' both set category ''{0}''"),
    READ_FAILED("BATON-123", "cannot read the file: {0}"),
    TOO_LONG("BATON-130", "''{0}'' is {1} characters long; at most {2}"),
    EMPTY_FILE("BATON-131", "the file is empty; a pipeline file is a mapping with a ''stages'' list"),
    RECURSIVE_ALIAS("BATON-132", "the value anchored here contains itself through an alias; a pipeline''s values must not refer to themselves"),
    NOT_UTF8("BATON-133", "the file is not UTF-8 text: byte 0x{0} cannot start or continue a character here; save it as UTF-8"),
    TEMPLATE_SYNTAX("BATON-124", "stage ''{0}'': the task template is not valid: {1}"),
    TEMPLATE_UNDEFINED("BATON-125", "stage ''{0}'': the task uses ''{1}'', which is not defined; give it with --mem {1}=JSON or in memory:, or write '{{' {1} | default(\"...\") '}}'"),
    TEMPLATE_TOO_COSTLY("BATON-126", "stage ''{0}'': the task template takes more than {1} steps (its loops go on too long); loop over less, or compute the text in an earlier stage"),
    TEMPLATE_INTERRUPTED("BATON-127", "stage ''{0}'': rendering the task was interrupted"),
    TEMPLATE_NOT_UPSTREAM("BATON-134", "stage ''{0}'': the task uses ''{1}'', the output of stage ''{2}'', which it does not depend on; add depends_on: [{3}]"),
    STAGES_UNSEEN("BATON-135", "stage ''{0}'' does not see the outputs of {1}: earlier waves it does not depend on, which the seed framework showed every stage; add them to its depends_on, or set policy.memory_view: earlier_waves"),
    TEMPLATE_LIMIT("BATON-128", "stage ''{0}'': the task template goes past a limit of what a template may make: {1}"),
    TEMPLATE_READS_FILES("BATON-129", "stage ''{0}'': a task template reads no file or resource ('include', 'import', 'from', 'extends'): {1}"),

    // --- command line (200-299) ---
    BAD_MEMORY_ARG("BATON-201", "--mem needs KEY=VALUE, not ''{0}''"),
    BAD_MEMORY_KEY("BATON-202", "--mem key ''{0}'' is not a name (letters, digits, _ and ., starting with a letter or _)"),
    PIPELINE_NOT_FOUND("BATON-203", "pipeline file not found: {0}"),
    BAD_MAX_WORKERS("BATON-204", "--max-workers must be at least 1, not {0}"),
    PARAMETERS_TOO_LONG("BATON-205", "the run''s job parameters take {0} characters, more than the job repository keeps ({1}); pass long texts in the pipeline''s memory: instead"),
    NO_AUTH_NOT_LOOPBACK("BATON-206", "--no-auth is allowed only when the server is bound to a loopback address, not {0}"),
    BAD_PRESET("BATON-207", "{0}"),

    // --- running (300-399) ---
    AGENT_FAILED("BATON-301", "stage ''{0}'', attempt {1}: agent ''{2}'' failed: {3}"),
    ADVISOR_FAILED("BATON-302", "stage ''{0}'', attempt {1}: advisor ''{2}'' failed: {3}"),
    STAGE_TIMED_OUT("BATON-303", "stage ''{0}'', attempt {1}: timed out after {2} s"),
    STAGE_REJECTED("BATON-304", "stage ''{0}'' was rejected after {1} attempt(s): score {2} against threshold {3}{4}"),
    COMMAND_EXIT("BATON-305", "command ''{0}'' exited with status {1}{2}"),
    COMMAND_NOT_STARTED("BATON-306", "command ''{0}'' could not start: {1}"),
    ADVISOR_BAD_OUTPUT("BATON-307", "advisor output is not a review ('{'\"score\": 0..1, \"approved\": true|false, ...'}'): {0}"),
    UNKNOWN_AGENT_AT_RUN("BATON-308", "no agent named ''{0}'' is installed"),
    UNKNOWN_ADVISOR_AT_RUN("BATON-309", "no advisor named ''{0}'' is installed"),
    STAGE_STOPPED("BATON-310", "stage ''{0}'' was stopped"),
    MISSING_WITH("BATON-311", "stage ''{0}'': agent ''{1}'' needs ''with.{2}''"),
    JOB_NOT_FOUND("BATON-312", "no job execution {0} in the job repository"),
    BUDGET_RUNTIME("BATON-313", "stage ''{0}'': the run''s budget of {1} s (budget.max_runtime_sec) is spent"),
    BUDGET_BYTES("BATON-314", "stage ''{0}'': its artifacts ({1} bytes) would take the run past its budget of {2} bytes (budget.max_artifacts_bytes; {3} used)"),
    BUDGET_STAGES("BATON-315", "the pipeline has {0} stages, more than its budget.max_stages of {1}"),
    ARTIFACT_CHANGED("BATON-316", "stage ''{0}'': its input ''{1}'', written by stage ''{2}'', {3} since it was written; restore it or run the pipeline afresh"),
    RUN_IS_RUNNING("BATON-317", "execution {0} is running ({1}); stop it first"),
    RUN_NOT_RUNNING("BATON-318", "execution {0} is not running ({1})"),
    CANNOT_RESTART("BATON-319", "cannot restart execution {0}: {1}"),
    CANNOT_ABANDON("BATON-320", "cannot abandon execution {0}: {1}"),
    UPSTREAM_NOT_COMPLETED("BATON-340", "stage ''{0}'' did not run: upstream stage ''{1}'' did not complete; a restart runs both"),

    // --- the seed framework's roles (400-499) ---
    ROLE_INPUT_MISSING("BATON-401", "stage ''{0}'': input ''{1}'' is not in the run folder ({2}); the stage that writes it must pass first"),
    ROLE_NO_INPUTS("BATON-402", "stage ''{0}'': {1} has nothing to work on: {2}"),
    CHROMIUM_MISSING("BATON-403", "ScreenshotAgent needs Chromium: install the Debian packages chromium (apt-get install -y chromium),"
            + " or put a chromium binary on PATH; looked for {0}"),
    SCREENSHOT_FAILED("BATON-404", "Chromium did not write a screenshot of ''{0}'' (exit status {1}){2}"),
    BAD_DIMENSIONS("BATON-405", "stage ''{0}'': {1} is not a usable window size; give WIDTHxHEIGHT between 16 and 10000, e.g. Dimensions: 1920x1080"),

    // --- REST API (500-599) ---
    NO_SUCH_PIPELINE("BATON-501", "no pipeline named ''{0}''{1}"),
    NO_SUCH_STAGE("BATON-502", "execution {0} has no stage named ''{1}''"),
    NO_SUCH_ARTIFACT("BATON-503", "stage ''{0}'' of execution {1} has no artifact ''{2}''"),
    INVALID_PIPELINE("BATON-504", "the pipeline is not valid ({0} problem(s))"),
    PIPELINE_NAME_MISMATCH("BATON-505", "the pipeline names itself ''{0}'', not ''{1}'' as the URL does"),
    PIPELINE_IS_BUNDLED("BATON-506", "''{0}'' is a bundled pipeline and cannot be replaced"),
    BAD_PARAMETER("BATON-507", "parameter ''{0}'': {1}"),
    NOT_A_BATON_JOB("BATON-508", "execution {0} is not a run of a Baton pipeline"),
    UNAUTHORIZED("BATON-509", "authentication required: send the header Authorization: Bearer TOKEN (the server printed the token at start; it is in BATON_HOME/{0})"),
    INTERNAL("BATON-510", "internal error {0}; the server log has its details"),
    BAD_PIPELINE_NAME("BATON-511", "''{0}'' is not a pipeline name (letters, digits, _ . -, starting with a letter or _)"),
    BAD_REQUEST_BODY("BATON-512", "the request body is not valid JSON for this resource: {0}"),
    CROSS_SITE_POST("BATON-514", "a POST needs a JSON or YAML body (Content-Type: application/json or application/yaml, even when empty) or the header {1}: {0} is what a web page of another site can send"),
    HOST_REFUSED("BATON-515", "this server answers requests for {0}, not for ''{1}''"),
    READ_ONLY_TOKEN("BATON-513", "this token may only read (GET); acting needs the token in BATON_HOME/{0}");

    private final String code;
    private final String pattern;

    Msg(String code, String pattern) {
        this.code = code;
        this.pattern = pattern;
    }

    /** The stable code, e.g. {@code BATON-101}. */
    public String code() {
        return code;
    }

    /** The message with its arguments filled in; whole numbers (ids, counts) appear without grouping. */
    public String format(Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Long || args[i] instanceof Integer ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(plain);
    }
}
