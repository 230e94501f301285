// learner: optimal
// idiom: vala: mem::replace the String out, swap the two halves with iter_mut().zip(iter_mut().rev()), then a foreach helper hands each reversed character run to a callback
// why: the halves swap is n/2 swaps and the foreach walks the buffer once, each run fixed in place: O(n) time; no second buffer, O(1) extra space
//! Reverse a UTF-8 string in place: see README.md.

fn reverse_slice(part: &mut [u8]) {
    let (left, right) = part.split_at_mut(part.len() / 2);
    for (a, b) in left.iter_mut().zip(right.iter_mut().rev()) {
        std::mem::swap(a, b);
    }
}

/// Calls `func` on every run "continuation bytes + lead byte" of a
/// byte-reversed UTF-8 buffer, like a g_list_foreach over the characters.
fn foreach_char_run<F: FnMut(&mut [u8])>(buf: &mut [u8], mut func: F) {
    let mut start: Option<usize> = None;
    let mut idx = 0;
    while idx < buf.len() {
        let cont = buf[idx] & 0b1100_0000 == 0b1000_0000;
        match (cont, start) {
            (true, None) => start = Some(idx),
            (false, Some(st)) => {
                func(&mut buf[st..=idx]);
                start = None;
            }
            _ => {}
        }
        idx += 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let text = std::mem::replace(s, String::new());
    let mut raw = text.into_bytes();
    reverse_slice(&mut raw);
    foreach_char_run(&mut raw, reverse_slice);
    *s = String::from_utf8(raw).unwrap();
}
