// Each `replace_range` in the middle of a String moves every byte after the
// range: once per match, a line full of matches is quadratic. Replacing the
// tail (`start..`) moves nothing after it.
// expect mask_digits: time O(n^2), space O(n)
// target mask_digits: time O(n), space O(n)
// expect mask_suffix: time O(n), space O(n)
// target mask_suffix: time O(n), space O(n)
pub fn mask_digits(line: &str) -> String {
    let mut out = line.to_string();
    let mut i = 0;
    while i < out.len() {
        if out.as_bytes()[i].is_ascii_digit() {
            out.replace_range(i..i + 1, "#");
        }
        i += 1;
    }
    out
}

pub fn mask_suffix(line: &str, keep: usize) -> String {
    let mut out = line.to_string();
    if keep < out.len() {
        out.replace_range(keep.., "***");
    }
    out
}
