// learner: optimal
// idiom: quicksort on a `&mut [T]` cursor re-pointed with std::mem::take after split_at_mut, xorshift pivot, generic partition helper; bottom-up merge sort over chunks_mut with doubling width and a reused scratch Vec
//! Quicksort and merge sort, written by hand: see README.md.

struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Dutch-flag partition around items[0] after moving a random pivot there.
/// Returns the bounds of the block equal to the pivot.
fn partition<T: Ord>(v: &mut [T], rng: &mut XorShift) -> (usize, usize) {
    let p = rng.below(v.len());
    v.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        if v[i] < v[lt] {
            v.swap(lt, i);
            lt += 1;
            i += 1;
        } else if v[i] > v[lt] {
            gt -= 1;
            v.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn quick<T: Ord>(mut v: &mut [T], rng: &mut XorShift) {
    while v.len() > 1 {
        let (lt, gt) = partition(v, rng);
        let (left, rest) = std::mem::take(&mut v).split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        // recurse into the smaller part, keep looping on the larger one
        if left.len() < right.len() {
            quick(left, rng);
            v = right;
        } else {
            quick(right, rng);
            v = left;
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    quick(items, &mut rng);
}

fn merge_chunk<T: Ord + Clone>(chunk: &mut [T], width: usize, scratch: &mut Vec<T>) {
    if chunk.len() <= width {
        return;
    }
    scratch.clear();
    {
        let (a, b) = chunk.split_at(width);
        let mut left = a.iter().peekable();
        let mut right = b.iter();
        let mut next_right = right.next();
        loop {
            match (left.peek(), next_right) {
                (Some(l), Some(r)) if r < *l => {
                    scratch.push(r.clone());
                    next_right = right.next();
                }
                (Some(_), _) => scratch.push(left.next().unwrap().clone()),
                (None, Some(r)) => {
                    scratch.push(r.clone());
                    next_right = right.next();
                }
                (None, None) => break,
            }
        }
    }
    chunk.clone_from_slice(scratch);
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut scratch: Vec<T> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        for chunk in items.chunks_mut(2 * width) {
            merge_chunk(chunk, width, &mut scratch);
        }
        width *= 2;
    }
}
