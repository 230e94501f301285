// learner: slow
// idiom: elixir: merge written as list head matching `[h | t]`, translated to Vec::remove(0); quicksort is a proper 3-way one
// why: misses merge_sort O(n log n): Vec::remove(0) shifts the whole remaining Vec, so each merge is quadratic and the sort is O(n^2)
//! Quicksort and merge sort, written by hand: see README.md.

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let n = items.len();
    let mut cand = [(n / 4), (n / 2), (3 * n / 4)];
    // order the three candidates by value, take the middle one
    for a in 0..2 {
        for b in 0..2 - a {
            if items[cand[b + 1]] < items[cand[b]] {
                cand.swap(b, b + 1);
            }
        }
    }
    items.swap(0, cand[1]);
    let (mut lt, mut i, mut gt) = (0, 1, n);
    while i < gt {
        match items[i].cmp(&items[lt]) {
            std::cmp::Ordering::Less => {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Equal => i += 1,
            std::cmp::Ordering::Greater => {
                gt -= 1;
                items.swap(i, gt);
            }
        }
    }
    let (lower, upper) = items.split_at_mut(gt);
    quicksort(&mut lower[..lt]);
    quicksort(upper);
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let sorted = sort_list(items.to_vec());
    items.clone_from_slice(&sorted);
}

fn sort_list<T: Ord + Clone>(mut list: Vec<T>) -> Vec<T> {
    if list.len() <= 1 {
        return list;
    }
    let right = list.split_off(list.len() / 2);
    merge(sort_list(list), sort_list(right), Vec::new())
}

// merge([h1 | t1] = l, [h2 | t2] = r, acc)
fn merge<T: Ord + Clone>(mut left: Vec<T>, mut right: Vec<T>, mut acc: Vec<T>) -> Vec<T> {
    loop {
        match (left.first(), right.first()) {
            (None, _) => {
                acc.append(&mut right);
                return acc;
            }
            (_, None) => {
                acc.append(&mut left);
                return acc;
            }
            (Some(h1), Some(h2)) => {
                if h1 <= h2 {
                    acc.push(left.remove(0));
                } else {
                    acc.push(right.remove(0));
                }
            }
        }
    }
}
