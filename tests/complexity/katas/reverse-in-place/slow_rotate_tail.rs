// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): moves the last char to the front of the unsorted tail with rotate_right, which shifts the whole tail each time
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let n = bytes.len();
    let mut front = 0;
    while front < n {
        // width of the last char: walk back over continuation bytes
        let mut lead = n - 1;
        while bytes[lead] & 0xC0 == 0x80 {
            lead -= 1;
        }
        let width = n - lead;
        bytes[front..].rotate_right(width);
        front += width;
    }
    *s = String::from_utf8(bytes).unwrap();
}
