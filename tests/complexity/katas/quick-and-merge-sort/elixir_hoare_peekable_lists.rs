// learner: optimal
// idiom: elixir: slice patterns ([] | [_], [a, b]) for base cases, Hoare partition that splits equal keys; merge sort on owned Vecs merged by matching (left.peek(), right.peek()) like [h | t] lists
// why: quarter-mark median + Hoare scans that stop on equal keys split sorted, reversed and all-equal inputs in half: O(n log n) expected, smaller side recursed so O(log n) stack; list merge sort is O(n log n) with O(n) live Vecs
//! Quicksort and merge sort, written by hand: see README.md.

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    loop {
        match rest {
            [] | [_] => return,
            [a, b] => {
                if *a > *b {
                    std::mem::swap(a, b);
                }
                return;
            }
            _ => {}
        }
        let p = pick_pivot(rest);
        rest.swap(0, p);
        let j = hoare(rest);
        let taken = rest;
        let (left, right_with_pivot) = taken.split_at_mut(j);
        let right = &mut right_with_pivot[1..];
        if left.len() < right.len() {
            quicksort(left);
            rest = right;
        } else {
            quicksort(right);
            rest = left;
        }
    }
}

fn pick_pivot<T: Ord>(s: &[T]) -> usize {
    let n = s.len();
    let mut idx = [n / 4, n / 2, (3 * n) / 4];
    // tiny insertion sort of three indices by their items
    if s[idx[1]] < s[idx[0]] {
        idx.swap(0, 1);
    }
    if s[idx[2]] < s[idx[1]] {
        idx.swap(1, 2);
        if s[idx[1]] < s[idx[0]] {
            idx.swap(0, 1);
        }
    }
    idx[1]
}

/// Pivot at s[0]; returns its final position. Both scans stop on items equal
/// to the pivot, so runs of equal keys are split evenly between the sides.
fn hoare<T: Ord>(s: &mut [T]) -> usize {
    let last = s.len() - 1;
    let (mut i, mut j) = (0, s.len());
    loop {
        loop {
            i += 1;
            if !(s[i] < s[0]) || i == last {
                break;
            }
        }
        loop {
            j -= 1;
            if !(s[0] < s[j]) || j == 0 {
                break;
            }
        }
        if i >= j {
            break;
        }
        s.swap(i, j);
    }
    s.swap(0, j);
    j
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let sorted = msort(items.to_vec());
    for (slot, item) in items.iter_mut().zip(sorted) {
        *slot = item;
    }
}

fn msort<T: Ord>(mut list: Vec<T>) -> Vec<T> {
    if list.len() < 2 {
        return list;
    }
    let back = list.split_off(list.len() / 2);
    merge(msort(list), msort(back))
}

fn merge<T: Ord>(left: Vec<T>, right: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        let take_left = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => a <= b,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        let next = if take_left { l.next() } else { r.next() };
        out.extend(next);
    }
}
