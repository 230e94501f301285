// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): char_indices outer loop with an inner while loop over the rest of the string
pub fn first_unique_char(s: &str) -> Option<char> {
    let bytes_len = s.len();
    for (i, c) in s.char_indices() {
        let mut dup = false;
        let mut j = 0usize;
        while j < bytes_len {
            let d = s[j..].chars().next().unwrap();
            if j != i && d == c {
                dup = true;
                break;
            }
            j += d.len_utf8();
        }
        if !dup {
            return Some(c);
        }
    }
    None
}
