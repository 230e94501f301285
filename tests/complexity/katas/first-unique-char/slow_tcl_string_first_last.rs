// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): Tcl's `string first` == `string last` trick, find/rfind rescan the string per char
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut idx = 0;
    while idx < s.len() {
        let c = s[idx..].chars().next().unwrap();
        let first = s.find(c);
        let last = s.rfind(c);
        if first == last {
            return Some(c);
        }
        idx += c.len_utf8();
    }
    None
}
