// learner: optimal
// idiom: VB.NET style: explicit Do-While quickselect with a median-of-three-positions pivot and a counter-driven three-way partition, verbose names
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn compute_target_index(sample_count: usize, percentile_value: u32) -> usize {
    let scaled = percentile_value as usize * sample_count;
    let mut rank = scaled / 100;
    if scaled % 100 != 0 {
        rank += 1;
    }
    if rank < 1 {
        rank = 1;
    }
    rank - 1
}

fn select_value_at_index<T: Ord + Copy>(samples: &mut [T], target_index: usize) -> T {
    let mut range_start: usize = 0;
    let mut range_end: usize = samples.len();
    let mut round_counter: usize = 0;
    loop {
        let range_length = range_end - range_start;
        if range_length == 1 {
            return samples[range_start];
        }
        round_counter += 1;
        // rotate the probe positions from round to round so adversarial inputs do not repeat
        let first_probe = range_start + (round_counter * 7919) % range_length;
        let middle_probe = range_start + range_length / 2;
        let last_probe = range_end - 1;
        let a = samples[first_probe];
        let b = samples[middle_probe];
        let c = samples[last_probe];
        let pivot_value = if (a <= b && b <= c) || (c <= b && b <= a) {
            b
        } else if (b <= a && a <= c) || (c <= a && a <= b) {
            a
        } else {
            c
        };
        let mut less_end = range_start;
        let mut scan_position = range_start;
        let mut greater_start = range_end;
        while scan_position < greater_start {
            let current_value = samples[scan_position];
            if current_value < pivot_value {
                samples.swap(less_end, scan_position);
                less_end += 1;
                scan_position += 1;
            } else if current_value > pivot_value {
                greater_start -= 1;
                samples.swap(scan_position, greater_start);
            } else {
                scan_position += 1;
            }
        }
        if target_index < less_end {
            range_end = less_end;
        } else if target_index >= greater_start {
            range_start = greater_start;
        } else {
            return pivot_value;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.len() == 0 {
        return None;
    }
    if p > 100 {
        return None;
    }
    let target_index = compute_target_index(samples.len(), p);
    Some(select_value_at_index(samples, target_index))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let sample_count = samples.len();
    if sample_count == 0 {
        return None;
    }
    let index_for_p99 = compute_target_index(sample_count, 99);
    let index_for_p95 = compute_target_index(sample_count, 95);
    let index_for_p50 = compute_target_index(sample_count, 50);
    let value_p99 = select_value_at_index(samples, index_for_p99);
    let value_p95 = select_value_at_index(&mut samples[0..index_for_p99 + 1], index_for_p95);
    let value_p50 = select_value_at_index(&mut samples[0..index_for_p95 + 1], index_for_p50);
    Some(Summary { p50: value_p50, p95: value_p95, p99: value_p99 })
}
