// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for every char it compares s.find(c) with s.rfind(c), two searches of the string
pub fn first_unique_char(s: &str) -> Option<char> {
    for (byte_index, c) in s.char_indices() {
        let first = s.find(c);
        let last = s.rfind(c);
        if first == Some(byte_index) && last == Some(byte_index) {
            return Some(c);
        }
    }
    None
}
