// learner: optimal
// idiom: ROS-style C++: mem::replace the buffer out, first flip each multi-byte char in a loop{} using utf8 width from the lead byte, then mirror all bytes
//! Reverse a UTF-8 string in place: see README.md.

fn utf8_width(lead: u8) -> usize {
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

fn flip(data: &mut [u8], first: usize, last: usize) {
    let (mut a, mut b) = (first, last);
    while a < b {
        let tmp = data[a];
        data[a] = data[b];
        data[b] = tmp;
        a += 1;
        b -= 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut data = std::mem::replace(s, String::new()).into_bytes();
    let len = data.len();
    if len == 0 {
        return;
    }
    // pass 1: reverse the bytes inside every multi-byte character
    let mut pos = 0usize;
    loop {
        if pos >= len {
            break;
        }
        let w = utf8_width(data[pos]);
        if w > 1 {
            flip(&mut data, pos, pos + w - 1);
        }
        pos += w;
    }
    // pass 2: mirror the whole buffer, which restores each character's byte order
    flip(&mut data, 0, len - 1);
    *s = String::from_utf8(data).unwrap();
}
