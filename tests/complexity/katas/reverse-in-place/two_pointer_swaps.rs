// learner: optimal
// idiom: beginner style, hand-written swap loop helper with lo/hi usize indices, while loops, mem::replace placeholder
//! Reverse a UTF-8 string in place: see README.md.

fn swap_range(buf: &mut [u8], from: usize, to: usize) {
    // reverses buf[from..to] (to is exclusive)
    if to <= from {
        return;
    }
    let mut lo = from;
    let mut hi = to - 1;
    while lo < hi {
        let tmp = buf[lo];
        buf[lo] = buf[hi];
        buf[hi] = tmp;
        lo += 1;
        hi -= 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let owned = std::mem::replace(s, String::new());
    let mut buf = owned.into_bytes();
    let n = buf.len();
    if n < 2 {
        *s = String::from_utf8(buf).unwrap();
        return;
    }
    swap_range(&mut buf, 0, n);
    let mut i: usize = 0;
    while i < n {
        let b = buf[i];
        if b >= 0x80 && b < 0xC0 {
            // run of continuation bytes ending at the lead byte
            let mut j = i;
            while buf[j] >= 0x80 && buf[j] < 0xC0 {
                j += 1;
            }
            swap_range(&mut buf, i, j + 1);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(buf).unwrap();
}
