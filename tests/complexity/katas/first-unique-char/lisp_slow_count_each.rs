// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): the occurrences closure rescans the whole string for every char
pub fn first_unique_char(s: &str) -> Option<char> {
    let occurrences = |c: char| s.chars().filter(|&d| d == c).count();
    let lonely = |c: &char| occurrences(*c) == 1;
    s.chars().find(lonely)
}
