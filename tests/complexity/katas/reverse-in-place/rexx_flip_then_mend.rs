// learner: optimal
// idiom: REXX: REVERSE() done by hand with left/right pointers, then a second pass that mends each multi-byte char (loop/break style)
// why: pass 1 swaps n/2 byte pairs, pass 2 re-flips each continuation run once: O(n) time, two indices of extra space

/* REXX-style: the string is taken out as a byte "stem", flipped, then mended. */

/// Swap bytes between from_pos and to_pos (inclusive) inside the one buffer.
fn flip_span(work_bytes: &mut [u8], from_pos: usize, to_pos: usize) {
    let mut left_pos = from_pos;
    let mut right_pos = to_pos;
    loop {
        if left_pos >= right_pos {
            break;
        }
        work_bytes.swap(left_pos, right_pos);
        left_pos += 1;
        right_pos -= 1;
    }
}

fn is_continuation(one_byte: u8) -> bool {
    one_byte & 0xC0 == 0x80
}

pub fn reverse_in_place(s: &mut String) {
    let mut work_bytes = std::mem::take(s).into_bytes();
    let total_len = work_bytes.len();
    if total_len < 2 {
        *s = String::from_utf8(work_bytes).expect("still utf-8");
        return;
    }

    // PASS 1: flip every byte
    flip_span(&mut work_bytes, 0, total_len - 1);

    // PASS 2: a char now reads continuation bytes first, then its lead byte
    let mut scan_pos = 0usize;
    loop {
        if scan_pos >= total_len {
            break;
        }
        if is_continuation(work_bytes[scan_pos]) {
            let run_start = scan_pos;
            loop {
                scan_pos += 1;
                if !is_continuation(work_bytes[scan_pos]) {
                    break;
                }
            }
            // scan_pos is on the lead byte now
            flip_span(&mut work_bytes, run_start, scan_pos);
        }
        scan_pos += 1;
    }

    *s = String::from_utf8(work_bytes).expect("mended bytes are utf-8");
}
