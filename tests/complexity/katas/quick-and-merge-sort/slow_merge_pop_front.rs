// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): the merge takes from the front of two Vecs with remove(0), shifting each remaining item every time
//! Quicksort and merge sort, written by hand: see README.md.

fn merge_lists<T: Ord>(mut left: Vec<T>, mut right: Vec<T>) -> Vec<T> {
    let mut result = Vec::with_capacity(left.len() + right.len());
    while !left.is_empty() && !right.is_empty() {
        if left[0] <= right[0] {
            result.push(left.remove(0));
        } else {
            result.push(right.remove(0));
        }
    }
    result.append(&mut left);
    result.append(&mut right);
    result
}

fn sorted_copy<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    if items.len() <= 1 {
        return items.to_vec();
    }
    let mid = items.len() / 2;
    let left = sorted_copy(&items[..mid]);
    let right = sorted_copy(&items[mid..]);
    merge_lists(left, right)
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let result = sorted_copy(items);
    items.clone_from_slice(&result);
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    fn go<T: Ord>(v: &mut [T], seed: &mut u64) {
        let mut v = v;
        while v.len() > 1 {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            let p = (*seed % v.len() as u64) as usize;
            v.swap(0, p);
            let (mut lt, mut i, mut gt) = (0, 1, v.len());
            while i < gt {
                if v[i] < v[lt] {
                    v.swap(lt, i);
                    lt += 1;
                    i += 1;
                } else if v[lt] < v[i] {
                    gt -= 1;
                    v.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            let (low, rest) = v.split_at_mut(lt);
            let high = &mut rest[gt - lt..];
            if low.len() < high.len() {
                go(low, seed);
                v = high;
            } else {
                go(high, seed);
                v = low;
            }
        }
    }
    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    go(items, &mut seed);
}
