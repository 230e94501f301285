// learner: optimal
// idiom: VBA-style: one long while-loop quickselect, median-of-three pivot by hand, two sweeps (smaller ones to the front, then equal ones), explicit index bookkeeping
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    if p > 100 {
        return None;
    }
    let mut rank = (p as usize * n + 99) / 100;
    if rank < 1 {
        rank = 1;
    }
    let wanted = rank - 1;

    let mut first: usize = 0;
    let mut last: usize = n - 1; // inclusive
    loop {
        if first == last {
            return Some(samples[first]);
        }
        // median of three: first, middle, last
        let middle = first + (last - first) / 2;
        let a = samples[first];
        let b = samples[middle];
        let c = samples[last];
        let pivot_value: T;
        if a <= b {
            if b <= c {
                pivot_value = b;
            } else if a <= c {
                pivot_value = c;
            } else {
                pivot_value = a;
            }
        } else {
            if a <= c {
                pivot_value = a;
            } else if b <= c {
                pivot_value = c;
            } else {
                pivot_value = b;
            }
        }

        // sweep 1: everything smaller than the pivot goes to the front
        let mut write_pos = first;
        let mut read_pos = first;
        while read_pos <= last {
            if samples[read_pos] < pivot_value {
                samples.swap(write_pos, read_pos);
                write_pos = write_pos + 1;
            }
            read_pos = read_pos + 1;
        }
        let equal_start = write_pos;
        // sweep 2: everything equal to the pivot goes right after them
        read_pos = equal_start;
        while read_pos <= last {
            if samples[read_pos] == pivot_value {
                samples.swap(write_pos, read_pos);
                write_pos = write_pos + 1;
            }
            read_pos = read_pos + 1;
        }
        let bigger_start = write_pos;

        if wanted < equal_start {
            last = equal_start - 1;
        } else if wanted >= bigger_start {
            first = bigger_start;
        } else {
            return Some(pivot_value);
        }
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    // p99 first over everything; afterwards the smallest 99% sit in front of it
    let p99_value = percentile(samples, 99).unwrap();
    let mut p99_rank = (99 * n + 99) / 100;
    if p99_rank < 1 {
        p99_rank = 1;
    }
    // rank r inside the prefix of length p99_rank is the same as rank r overall;
    // pick the percent that gives the same rank inside the shorter prefix
    let p95_rank = {
        let r = (95 * n + 99) / 100;
        if r < 1 { 1 } else { r }
    };
    let p50_rank = {
        let r = (50 * n + 99) / 100;
        if r < 1 { 1 } else { r }
    };
    let front = &mut samples[..p99_rank];
    let p95_value = select_rank(front, p95_rank);
    let front_again = &mut samples[..p95_rank];
    let p50_value = select_rank(front_again, p50_rank);
    Some(Summary { p50: p50_value, p95: p95_value, p99: p99_value })
}

/// The value of 1-based `rank` in `part`: find the percent that maps to it is awkward,
/// so this repeats the loop of `percentile` with the rank given directly.
fn select_rank<T: Ord + Copy>(part: &mut [T], rank: usize) -> T {
    let wanted = rank - 1;
    let mut first: usize = 0;
    let mut last: usize = part.len() - 1;
    loop {
        if first == last {
            return part[first];
        }
        let middle = first + (last - first) / 2;
        let a = part[first];
        let b = part[middle];
        let c = part[last];
        let pivot_value: T;
        if a <= b {
            if b <= c {
                pivot_value = b;
            } else if a <= c {
                pivot_value = c;
            } else {
                pivot_value = a;
            }
        } else {
            if a <= c {
                pivot_value = a;
            } else if b <= c {
                pivot_value = c;
            } else {
                pivot_value = b;
            }
        }
        let mut write_pos = first;
        let mut read_pos = first;
        while read_pos <= last {
            if part[read_pos] < pivot_value {
                part.swap(write_pos, read_pos);
                write_pos = write_pos + 1;
            }
            read_pos = read_pos + 1;
        }
        let equal_start = write_pos;
        read_pos = equal_start;
        while read_pos <= last {
            if part[read_pos] == pivot_value {
                part.swap(write_pos, read_pos);
                write_pos = write_pos + 1;
            }
            read_pos = read_pos + 1;
        }
        let bigger_start = write_pos;
        if wanted < equal_start {
            last = equal_start - 1;
        } else if wanted >= bigger_start {
            first = bigger_start;
        } else {
            return pivot_value;
        }
    }
}
