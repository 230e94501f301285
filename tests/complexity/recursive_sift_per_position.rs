// A heap built bottom-up with a recursive sift-down: a sift from each
// position adds up to O(n) (most positions are near the leaves), so the
// n × log n of a sift per position is only an upper bound. The recursion
// keeps one frame per level (a debug build does not turn the tail call
// into a jump): O(log n) extra space, certain.
// unsure: the sifts from positions near the leaves are short
// expect from_vec: time O(n log n), space O(log n)
// target from_vec: time O(n), space O(log n)
fn sift_down<T: Ord>(v: &mut [T], i: usize) {
    let smallest = [2 * i + 1, 2 * i + 2]
        .into_iter()
        .filter(|&c| c < v.len())
        .fold(i, |best, c| if v[c] < v[best] { c } else { best });
    if smallest != i {
        v.swap(i, smallest);
        sift_down(v, smallest);
    }
}

pub fn from_vec<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    (0..items.len() / 2).rev().for_each(|i| sift_down(&mut items, i));
    items
}
