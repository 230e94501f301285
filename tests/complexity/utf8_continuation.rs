// Splitting into characters by hand: the inner scan over continuation
// bytes hands its end to the outer index, so every byte is read once.
// expect char_starts: time O(n), space O(n)
// target char_starts: time O(n), space O(n)
pub fn char_starts(b: &[u8]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut pos = 0;
    while pos < b.len() {
        starts.push(pos);
        let mut next = pos + 1;
        while next < b.len() && b[next] & 0xC0 == 0x80 {
            next += 1;
        }
        pos = next;
    }
    starts
}
