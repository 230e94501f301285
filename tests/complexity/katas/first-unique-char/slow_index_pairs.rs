// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): collects the chars into a Vec and compares every pair with nested while loops
pub fn first_unique_char(s: &str) -> Option<char> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let mut unique = true;
        let mut j = 0;
        while j < chars.len() {
            if i != j && chars[i] == chars[j] {
                unique = false;
                break;
            }
            j += 1;
        }
        if unique {
            return Some(chars[i]);
        }
        i += 1;
    }
    None
}
