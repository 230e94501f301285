// learner: slow
// why: is_palindrome is O(n) space, target O(1): collects the alphanumeric chars into a Vec<char> before comparing
pub fn is_palindrome(s: &str) -> bool {
    let v: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    (0..v.len() / 2).all(|i| v[i].to_lowercase().eq(v[v.len() - 1 - i].to_lowercase()))
}
