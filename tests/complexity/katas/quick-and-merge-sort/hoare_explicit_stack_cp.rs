// learner: optimal
// idiom: Sedgewick/Hoare partition that stops on equal keys, explicit Vec stack of (lo, hi) ranges (push larger, keep smaller); top-down merge sort with one aux buffer
//! Quicksort and merge sort, written by hand: see README.md.

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let a = items;
    if a.len() < 2 {
        return;
    }
    let mut st: Vec<(usize, usize)> = Vec::new();
    let (mut lo, mut hi) = (0usize, a.len() - 1); // inclusive
    loop {
        while hi > lo {
            let n = hi - lo + 1;
            let (x, y, z) = (lo + n / 4, lo + n / 2, lo + 3 * n / 4);
            // median of three into lo
            let m = if a[x] < a[y] {
                if a[y] < a[z] { y } else if a[x] < a[z] { z } else { x }
            } else if a[x] < a[z] {
                x
            } else if a[y] < a[z] {
                z
            } else {
                y
            };
            a.swap(lo, m);
            let mut i = lo;
            let mut j = hi + 1;
            loop {
                loop {
                    i += 1;
                    if !(a[i] < a[lo]) || i == hi {
                        break;
                    }
                }
                loop {
                    j -= 1;
                    if !(a[lo] < a[j]) || j == lo {
                        break;
                    }
                }
                if i >= j {
                    break;
                }
                a.swap(i, j);
            }
            a.swap(lo, j);
            // left: lo..j-1, right: j+1..hi
            let ln = j - lo;
            let rn = hi - j;
            if ln < rn {
                if rn > 1 {
                    st.push((j + 1, hi));
                }
                if ln == 0 {
                    break;
                }
                hi = j - 1;
            } else {
                if ln > 1 {
                    st.push((lo, j - 1));
                }
                lo = j + 1;
            }
        }
        match st.pop() {
            Some((l, h)) => {
                lo = l;
                hi = h;
            }
            None => break,
        }
    }
}

fn ms<T: Ord + Clone>(a: &mut [T], aux: &mut [T]) {
    let n = a.len();
    if n < 2 {
        return;
    }
    let m = n / 2;
    ms(&mut a[..m], &mut aux[..m]);
    ms(&mut a[m..], &mut aux[m..]);
    if a[m - 1] <= a[m] {
        return;
    }
    aux[..n].clone_from_slice(a);
    let (mut i, mut j) = (0usize, m);
    for k in 0..n {
        if j == n || (i < m && aux[i] <= aux[j]) {
            a[k] = aux[i].clone();
            i += 1;
        } else {
            a[k] = aux[j].clone();
            j += 1;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut aux = items.to_vec();
    ms(items, &mut aux);
}
