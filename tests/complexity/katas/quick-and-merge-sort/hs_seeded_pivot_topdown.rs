// learner: optimal
// idiom: Haskell-flavoured: newtype Seed xorshift pivot, Ordering pattern-match partition, recursion on the smaller side only, top-down merge of cloned halves via peekable iterators
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering::{Equal, Greater, Less};

#[derive(Clone, Copy)]
struct Seed(u64);

impl Seed {
    fn next(self) -> (u64, Seed) {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x, Seed(x))
    }
}

/// Three-way partition around items[0]; returns (end of "less", start of "greater").
fn partition3<T: Ord>(xs: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, xs.len());
    while i < gt {
        match xs[i].cmp(&xs[lt]) {
            Less => {
                xs.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Greater => {
                gt -= 1;
                xs.swap(i, gt);
            }
            Equal => i += 1,
        }
    }
    (lt, gt)
}

fn qsort<T: Ord>(mut xs: &mut [T], mut seed: Seed) {
    while xs.len() > 1 {
        let (r, s) = seed.next();
        seed = s;
        let pick = (r % xs.len() as u64) as usize;
        xs.swap(0, pick);
        let (lt, gt) = partition3(xs);
        let (lo, rest) = xs.split_at_mut(lt);
        let hi = &mut rest[gt - lt..];
        xs = match lo.len() <= hi.len() {
            true => {
                qsort(lo, seed);
                hi
            }
            false => {
                qsort(hi, seed);
                lo
            }
        };
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    qsort(items, Seed(0x9E37_79B9_7F4A_7C15));
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut ls, mut rs) = (left.iter().peekable(), right.iter().peekable());
    out.iter_mut().for_each(|slot| {
        let take_left = match (ls.peek(), rs.peek()) {
            (Some(l), Some(r)) => l <= r,
            (Some(_), None) => true,
            (None, _) => false,
        };
        *slot = match take_left {
            true => ls.next(),
            false => rs.next(),
        }
        .cloned()
        .expect("lengths add up");
    });
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    match items.len() {
        0 | 1 => (),
        n => {
            let mid = n / 2;
            merge_sort(&mut items[..mid]);
            merge_sort(&mut items[mid..]);
            let (left, right) = items.split_at(mid);
            let (left, right) = (left.to_vec(), right.to_vec());
            merge_into(&left, &right, items);
        }
    }
}
