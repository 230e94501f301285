// A fixed-size window `&b[i..i + 16]` is constant work per position.
// expect find_cards: time O(n), space O(n)
// target find_cards: time O(n), space O(n)
pub fn find_cards(b: &[u8]) -> Vec<usize> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i + 16 <= b.len() {
        let window = &b[i..i + 16];
        if window.iter().all(|c| c.is_ascii_digit()) {
            hits.push(i);
        }
        i += 1;
    }
    hits
}
