package dev.baton.rest;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total  how many items match, over all pages
 * @param offset the first item's index
 * @param limit  the most items a page holds
 * @param items  this page's items
 * @param <T>    the item type
 */
public record Page<T>(int total, int offset, int limit, List<T> items) {
}
