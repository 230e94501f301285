// learner: slow
// why: is_palindrome is O(n) space, target O(1): copies the alphanumeric chars into a Vec<char> before comparing by index
pub fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    let m = cleaned.len();
    if m < 2 {
        return true;
    }
    let (mut i, mut j) = (0usize, m - 1);
    while i < j {
        if !cleaned[i].to_lowercase().eq(cleaned[j].to_lowercase()) {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}
