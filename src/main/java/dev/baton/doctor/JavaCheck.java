package dev.baton.doctor;

/** The Java that runs Baton: 17 or newer. */
final class JavaCheck {

    private JavaCheck() {
    }

    static Check run() {
        Runtime.Version v = Runtime.version();
        String detail = v + " (" + System.getProperty("java.vm.vendor") + ") at " + System.getProperty("java.home");
        return v.feature() >= 17 ? Check.ok("Java", detail)
                : Check.missing("Java", true, detail + ": Baton needs Java 17 or newer", "install Java 17 or newer (apt-get install openjdk-17-jre-headless)");
    }
}
