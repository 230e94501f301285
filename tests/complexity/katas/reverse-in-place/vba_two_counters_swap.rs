// learner: optimal
// idiom: VBA-style: take the bytes, swap with left/right counters in a Do-While, then a second Do-While that repairs each multi-byte run
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut buffer_bytes: Vec<u8> = std::mem::take(s).into_bytes();
    let byte_count: usize = buffer_bytes.len();
    if byte_count < 2 {
        *s = String::from_utf8(buffer_bytes).expect("still valid");
        return;
    }

    // step 1: mirror every byte
    let mut left_pos: usize = 0;
    let mut right_pos: usize = byte_count - 1;
    while left_pos < right_pos {
        let left_byte: u8 = buffer_bytes[left_pos];
        let right_byte: u8 = buffer_bytes[right_pos];
        buffer_bytes[left_pos] = right_byte;
        buffer_bytes[right_pos] = left_byte;
        left_pos = left_pos + 1;
        right_pos = right_pos - 1;
    }

    // step 2: each multi-byte char now reads continuation bytes then its lead byte: flip that run back
    let mut scan_pos: usize = 0;
    while scan_pos < byte_count {
        let current_byte: u8 = buffer_bytes[scan_pos];
        let is_continuation: bool = (current_byte & 0xC0) == 0x80;
        if is_continuation {
            let run_start: usize = scan_pos;
            let mut run_end: usize = scan_pos;
            let mut found_lead: bool = false;
            while !found_lead {
                run_end = run_end + 1;
                let probe_byte: u8 = buffer_bytes[run_end];
                if (probe_byte & 0xC0) != 0x80 {
                    found_lead = true;
                }
            }
            let mut a: usize = run_start;
            let mut b: usize = run_end;
            while a < b {
                buffer_bytes.swap(a, b);
                a = a + 1;
                b = b - 1;
            }
            scan_pos = run_end + 1;
        } else {
            scan_pos = scan_pos + 1;
        }
    }

    *s = String::from_utf8(buffer_bytes).expect("every char was restored");
}
