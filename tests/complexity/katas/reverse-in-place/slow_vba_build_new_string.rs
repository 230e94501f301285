// learner: slow
// why: reverse_in_place is O(n) space, target O(1): the characters are copied, last first, into a second String that replaces the original
pub fn reverse_in_place(s: &mut String) {
    let mut result_text = String::new();
    result_text.reserve(s.len());
    let mut end_pos: usize = s.len();
    while end_pos > 0 {
        let last_char: char = s[..end_pos].chars().next_back().expect("non-empty");
        result_text.push(last_char);
        end_pos = end_pos - last_char.len_utf8();
    }
    std::mem::swap(s, &mut result_text);
}
