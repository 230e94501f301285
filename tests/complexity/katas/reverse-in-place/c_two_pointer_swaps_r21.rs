// learner: optimal
// idiom: C-style index loops only: first fix each char's bytes by lead-byte length, then a two-pointer swap of the whole buffer, no std reverse
//! Reverse a UTF-8 string in place: see README.md.

fn swap_range(b: &mut [u8], mut i: usize, mut j: usize) {
    // reverses b[i..=j]
    while i < j {
        let t = b[i];
        b[i] = b[j];
        b[j] = t;
        i += 1;
        j -= 1;
    }
}

fn char_len(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else if lead >> 5 == 0b110 {
        2
    } else if lead >> 4 == 0b1110 {
        3
    } else {
        4
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    if n < 2 {
        *s = String::from_utf8(buf).unwrap();
        return;
    }
    // pass 1: reverse the bytes inside every multi-byte char (still valid positions, forward scan)
    let mut i = 0;
    while i < n {
        let len = char_len(buf[i]);
        if len > 1 {
            swap_range(&mut buf, i, i + len - 1);
        }
        i += len;
    }
    // pass 2: reverse everything; each char comes back in the right byte order
    swap_range(&mut buf, 0, n - 1);
    *s = String::from_utf8(buf).unwrap();
}
