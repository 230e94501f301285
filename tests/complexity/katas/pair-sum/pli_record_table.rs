// learner: optimal
// idiom: PL/I-style: explicit counters, a work-area record, paragraph helper fns, while loop
use std::collections::HashMap;

struct WorkArea {
    seen_table: HashMap<i64, u32>,
    pair_table: HashMap<i64, i64>,
    rec_count: usize,
}

fn para_check_complement(wa: &mut WorkArea, value: i64, target: i64) {
    let comp = match target.checked_sub(value) {
        Some(c) => c,
        None => return,
    };
    if wa.seen_table.contains_key(&comp) {
        let low = if value < comp { value } else { comp };
        let high = if value < comp { comp } else { value };
        wa.pair_table.insert(low, high);
    }
}

fn para_record_value(wa: &mut WorkArea, value: i64) {
    let entry = wa.seen_table.entry(value).or_insert(0);
    *entry = *entry + 1;
    wa.rec_count = wa.rec_count + 1;
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut wa = WorkArea {
        seen_table: HashMap::with_capacity(nums.len()),
        pair_table: HashMap::new(),
        rec_count: 0,
    };
    let mut idx: usize = 0;
    while idx < nums.len() {
        let value = nums[idx];
        para_check_complement(&mut wa, value, target);
        para_record_value(&mut wa, value);
        idx = idx + 1;
    }
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(wa.pair_table.len());
    for (low, high) in wa.pair_table.iter() {
        out.push((*low, *high));
    }
    out
}
