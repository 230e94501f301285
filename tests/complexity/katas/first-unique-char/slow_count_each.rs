// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): counts every char with its own filter().count() scan
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars().find(|&c| s.chars().filter(|&d| d == c).count() == 1)
}
