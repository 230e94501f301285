// Counting occurrences by rescanning for every character: quadratic.
// expect first_unique: time O(n^2), space O(1)
pub fn first_unique(s: &str) -> Option<char> {
    for c in s.chars() {
        if s.chars().filter(|&d| d == c).count() == 1 {
            return Some(c);
        }
    }
    None
}
