// learner: optimal
// idiom: teenager who learnt programming in Scratch: "pick random" pivot from a little home-made random generator, index while-loops everywhere, merge sort as a loop doubling the block size (no recursion)
//! Quicksort and merge sort, written by hand: see README.md.

// my own "pick random 1 to 10" block (xorshift, always the same start so tests repeat)
struct Dice {
    state: u64,
}

impl Dice {
    fn roll(&mut self, below: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % below as u64) as usize
    }
}

fn quick_part<T: Ord>(items: &mut [T], mut start: usize, mut end: usize, dice: &mut Dice) {
    // sorts items[start..end]
    while end - start > 1 {
        // pick a random pivot and move it to the start
        let p = start + dice.roll(end - start);
        items.swap(start, p);
        // three groups: smaller | same as pivot | bigger
        let mut small_end = start;
        let mut i = start + 1;
        let mut big_start = end;
        while i < big_start {
            if items[i] < items[small_end] {
                items.swap(i, small_end);
                small_end += 1;
                i += 1;
            } else if items[i] > items[small_end] {
                big_start -= 1;
                items.swap(i, big_start);
            } else {
                i += 1;
            }
        }
        // do the smaller group with recursion, the bigger one by going round the loop again
        if small_end - start < end - big_start {
            quick_part(items, start, small_end, dice);
            start = big_start;
        } else {
            quick_part(items, big_start, end, dice);
            end = small_end;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut dice = Dice { state: 88172645463325252 };
    let n = items.len();
    quick_part(items, 0, n, &mut dice);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut helper: Vec<T> = items.to_vec();
    let mut width = 1;
    // blocks of 1, then 2, then 4, ... get merged in pairs
    while width < n {
        let mut left = 0;
        while left < n {
            let middle = (left + width).min(n);
            let right = (left + 2 * width).min(n);
            let mut a = left;
            let mut b = middle;
            let mut k = left;
            while a < middle && b < right {
                if items[b] < items[a] {
                    helper[k] = items[b].clone();
                    b += 1;
                } else {
                    helper[k] = items[a].clone(); // same? left one goes first
                    a += 1;
                }
                k += 1;
            }
            while a < middle {
                helper[k] = items[a].clone();
                a += 1;
                k += 1;
            }
            while b < right {
                helper[k] = items[b].clone();
                b += 1;
                k += 1;
            }
            left = right;
        }
        items.clone_from_slice(&helper);
        width *= 2;
    }
}
