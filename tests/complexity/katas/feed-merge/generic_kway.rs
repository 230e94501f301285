// learner: optimal
// idiom: generic k_way_merge<T, K: Ord> with a key closure and a private Head<K> struct ordered by (key, Reverse(list)), merge_feeds is a thin wrapper; explicit for loop over 0..n
//! k-way merge of sorted feeds.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

struct Head<K: Ord> {
    key: K,
    list: usize,
    pos: usize,
}

impl<K: Ord> PartialEq for Head<K> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl<K: Ord> Eq for Head<K> {}

impl<K: Ord> PartialOrd for Head<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K: Ord> Ord for Head<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        (&self.key, Reverse(self.list)).cmp(&(&other.key, Reverse(other.list)))
    }
}

/// Merges lists that are each sorted by descending key; ties go to the lower list index.
fn k_way_merge<T, K, F>(lists: &[Vec<T>], limit: usize, key_of: F) -> Vec<T>
where
    T: Copy,
    K: Ord,
    F: Fn(&T) -> K,
{
    let mut heap: BinaryHeap<Head<K>> = lists
        .iter()
        .enumerate()
        .filter_map(|(list, items)| items.first().map(|x| Head { key: key_of(x), list, pos: 0 }))
        .collect();
    let mut merged = Vec::new();
    for _ in 0..limit {
        let top = match heap.pop() {
            Some(h) => h,
            None => break,
        };
        let items = &lists[top.list];
        merged.push(items[top.pos]);
        let next = top.pos + 1;
        if next < items.len() {
            heap.push(Head { key: key_of(&items[next]), list: top.list, pos: next });
        }
    }
    merged
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    k_way_merge(feeds, n, |p: &Post| p.time)
}
