// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for char i it checks the prefix with contains() and the rest with skip(i + 1).any(...)
pub fn first_unique_char(s: &str) -> Option<char> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let before = chars[..i].contains(&c);
        let after = chars.iter().skip(i + 1).any(|&d| d == c);
        if !before && !after {
            return Some(c);
        }
        i += 1;
    }
    None
}
