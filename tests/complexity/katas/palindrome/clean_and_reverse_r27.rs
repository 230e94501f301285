// learner: slow
// idiom: Eiffel design-by-contract developer: a `cleaned` query that builds the normalised String, then compares it with its reversed copy, with a postcondition on the cleaned form
// why: is_palindrome is O(n) time but O(n) extra space (a lowercased filtered String plus a reversed copy) vs the O(1) space target
//! Palindrome check without a copy: see README.md.

fn cleaned(s: &str) -> String {
    let result: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect();
    // ensure: only alphanumerics remain
    debug_assert!(result.chars().all(|c| c.is_alphanumeric()));
    result
}

pub fn is_palindrome(s: &str) -> bool {
    let forward = cleaned(s);
    let backward: String = forward.chars().rev().collect();
    forward == backward
}
