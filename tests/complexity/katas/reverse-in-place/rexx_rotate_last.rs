// learner: slow
// idiom: REXX: "take the last char, put it in front" repeated, like building REVERSE with SUBSTR/OVERLAY but inside the one buffer
// why: each step rotates the whole unfinished tail (rotate_right on O(n) bytes) for each of the n chars: O(n^2) time (space is O(1))

/* REXX-style: DO UNTIL done ; last char moves to position done+1 ; END */

pub fn reverse_in_place(s: &mut String) {
    let mut buf_bytes = std::mem::take(s).into_bytes();
    let total_len = buf_bytes.len();
    let mut done_len = 0usize; // bytes at the front that are already in final order
    loop {
        if done_len >= total_len {
            break;
        }
        // width of the last char: step back over continuation bytes
        let mut last_start = total_len - 1;
        loop {
            if buf_bytes[last_start] & 0xC0 != 0x80 {
                break;
            }
            last_start -= 1;
        }
        let width = total_len - last_start;
        // rotate the unfinished part so the last char comes to its front
        buf_bytes[done_len..].rotate_right(width);
        done_len += width;
    }
    *s = String::from_utf8(buf_bytes).expect("whole chars were moved");
}
