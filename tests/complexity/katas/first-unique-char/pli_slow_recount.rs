// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for each char it recounts occurrences with a filter over the whole string
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut position: usize = 0;
    let total: usize = s.chars().count();
    let mut chars = s.chars();
    while position < total {
        let current = chars.next().unwrap();
        let occurrences = s.chars().filter(|other| *other == current).count();
        if occurrences == 1 {
            return Some(current);
        }
        position = position + 1;
    }
    None
}
