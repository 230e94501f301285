// learner: optimal
// idiom: REXX: the other way round: PARSE each char by its lead byte length, flip its bytes first, then REVERSE the whole buffer
// why: every byte is touched a constant number of times, only a few position counters are kept: O(n) time, O(1) extra space

/* REXX-style: walk char by char (lead byte tells the width, like a PARSE template), pre-flip, then flip all. */

fn char_width(lead_byte: u8) -> usize {
    if lead_byte < 0x80 {
        1
    } else if lead_byte >= 0xF0 {
        4
    } else if lead_byte >= 0xE0 {
        3
    } else {
        2
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut byte_buf = std::mem::take(s).into_bytes();
    let buf_len = byte_buf.len();

    // STEP 1: flip the bytes inside each multi-byte char
    let mut char_start = 0usize;
    loop {
        if char_start >= buf_len {
            break;
        }
        let width = char_width(byte_buf[char_start]);
        if width > 1 {
            byte_buf[char_start..char_start + width].reverse();
        }
        char_start += width;
    }

    // STEP 2: flip the whole buffer; each char's bytes come back in the right order
    byte_buf.reverse();

    *s = String::from_utf8(byte_buf).unwrap();
}
