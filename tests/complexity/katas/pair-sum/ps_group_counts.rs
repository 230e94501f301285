// learner: optimal
// idiom: PowerShell-admin style: Group-Object as a HashMap of counts, then a where/select pipeline over the keys
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // Step 1: Group-Object -> count how many times each value shows up
    let mut valueCountTable: HashMap<i64, usize> = HashMap::new();
    for currentValue in nums.iter() {
        *valueCountTable.entry(*currentValue).or_insert(0) += 1;
    }

    // Step 2: Where-Object / Select-Object over the distinct values
    let resultPairs: Vec<(i64, i64)> = valueCountTable
        .iter()
        .filter_map(|(&smallValue, &smallCount)| {
            let partnerValue = match target.checked_sub(smallValue) {
                Some(v) => v,
                None => return None,
            };
            if partnerValue < smallValue {
                return None; // the other half reports this pair
            }
            if partnerValue == smallValue {
                if smallCount >= 2 {
                    return Some((smallValue, partnerValue));
                }
                return None;
            }
            if valueCountTable.contains_key(&partnerValue) {
                Some((smallValue, partnerValue))
            } else {
                None
            }
        })
        .collect();
    resultPairs
}
