// A memo Vec with a sentinel value (0 = not yet known), any names.
// expect tiles: time O(n), space O(n)
// target tiles: time O(n), space O(n)
pub fn tiles(k: usize, slots: &mut Vec<u64>) -> u64 {
    if k <= 1 {
        return 1;
    }
    if slots[k] != 0 {
        return slots[k];
    }
    let r = tiles(k - 1, slots) + tiles(k - 2, slots);
    slots[k] = r;
    r
}
