// learner: optimal
// idiom: Scala/cats flavour: seeded xorshift pivot threaded as state, "@tailrec"-style loop on the larger side, recursive top-down merge sort with peekable iterator merge
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// A pure-ish PRNG step: State => (State, Value)
#[derive(Clone, Copy)]
struct Seed(u64);

impl Seed {
    fn next(self) -> (Seed, u64) {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (Seed(x), x)
    }
}

/// Three-way split around items[pivot_at]; pivot kept at the front while scanning.
fn split3<T: Ord>(items: &mut [T], pivot_at: usize) -> (usize, usize) {
    items.swap(0, pivot_at);
    let (mut lt, mut i, mut gt) = (1usize, 1usize, items.len());
    while i < gt {
        match items[i].cmp(&items[0]) {
            Ordering::Less => {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Equal => i += 1,
            Ordering::Greater => {
                gt -= 1;
                items.swap(i, gt);
            }
        }
    }
    items.swap(0, lt - 1);
    (lt - 1, gt)
}

fn quick_go<T: Ord>(items: &mut [T], seed: Seed) -> Seed {
    // @tailrec on the larger part, real recursion only on the smaller one
    let mut current = items;
    let mut seed = seed;
    while current.len() > 1 {
        let (s, r) = seed.next();
        seed = s;
        let at = (r % current.len() as u64) as usize;
        let (lt, gt) = split3(current, at);
        let (low, rest) = current.split_at_mut(lt);
        let high = &mut rest[gt - lt..];
        let (smaller, larger) = match low.len().cmp(&high.len()) {
            Ordering::Less => (low, high),
            _ => (high, low),
        };
        seed = quick_go(smaller, seed);
        current = larger;
    }
    seed
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let _ = quick_go(items, Seed(0x2545_F491_4F6C_DD1D));
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    // left half is copied out; the merge writes over items from the front,
    // never past the next unread right-hand item
    let left_half = items[..mid].to_vec();
    let mut left = left_half.into_iter().peekable();
    let mut j = mid;
    let mut k = 0;
    while let Some(l) = left.peek() {
        let take_right = items.get(j).map_or(false, |r| r < l);
        items[k] = if take_right {
            j += 1;
            items[j - 1].clone()
        } else {
            left.next().expect("peeked")
        };
        k += 1;
    }
}
