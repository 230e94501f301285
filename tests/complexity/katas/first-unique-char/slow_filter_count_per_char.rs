// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for every char it re-counts that char over the whole string with filter().count()
pub fn first_unique_char(s: &str) -> Option<char> {
    for c in s.chars() {
        let occurrences = s.chars().filter(|&d| d == c).count();
        if occurrences == 1 {
            return Some(c);
        }
    }
    None
}
