// learner: optimal
// idiom: fixed-seed xorshift pivot, match on Ordering, top-down merge sort merging via peekable iterator pipeline
use std::cmp::Ordering;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// Three-way partition with the pivot kept at the front of the "equal" block.
/// Returns (end of less, start of greater).
fn partition3<T: Ord>(v: &mut [T], pivot_at: usize) -> (usize, usize) {
    v.swap(0, pivot_at);
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[lt]) {
            Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Equal => i += 1,
            Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
        }
    }
    (lt, gt)
}

fn quick<T: Ord>(mut v: &mut [T], rng: &mut XorShift) {
    while v.len() > 1 {
        let pivot = (rng.next() % v.len() as u64) as usize;
        let (lt, gt) = partition3(v, pivot);
        let (left, rest) = v.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        // recurse on the smaller side, iterate on the larger: depth stays O(log n)
        v = match left.len().cmp(&right.len()) {
            Ordering::Less => {
                quick(left, rng);
                right
            }
            _ => {
                quick(right, rng);
                left
            }
        };
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    quick(items, &mut XorShift(0x2545_F491_4F6C_DD1D));
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    {
        let (left, right) = items.split_at_mut(mid);
        merge_sort(left);
        merge_sort(right);
    }
    let merged: Vec<T> = {
        let (left, right) = items.split_at(mid);
        let mut l = left.iter().peekable();
        let mut r = right.iter().peekable();
        std::iter::from_fn(|| match (l.peek(), r.peek()) {
            (Some(a), Some(b)) if b < a => r.next(),
            (Some(_), _) => l.next(),
            (None, _) => r.next(),
        })
        .cloned()
        .collect()
    };
    items
        .iter_mut()
        .zip(merged)
        .for_each(|(slot, value)| *slot = value);
}
