// learner: optimal
// idiom: Haskell-convert: explicit loop/match state machine over Option<usize> pointers, separate has_cycle without allocation, counting lap with a for-less while
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut slow_pointer = head;
    let mut fast_pointer = head;
    loop {
        fast_pointer = match fast_pointer.and_then(|node| next[node]) {
            Some(one_ahead) => next[one_ahead],
            None => return false,
        };
        slow_pointer = slow_pointer.and_then(|node| next[node]);
        match (slow_pointer, fast_pointer) {
            (_, None) => return false,
            (Some(slow_node), Some(fast_node)) if slow_node == fast_node => return true,
            _ => {}
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let list_head = head?;
    let mut slow_node = list_head;
    let mut fast_node = list_head;
    let meeting_node = loop {
        let fast_once = match next[fast_node] {
            Some(node) => node,
            None => return None,
        };
        fast_node = match next[fast_once] {
            Some(node) => node,
            None => return None,
        };
        slow_node = next[slow_node].expect("the slow pointer trails the fast one");
        if slow_node == fast_node {
            break slow_node;
        }
    };

    let mut restarted_pointer = list_head;
    let mut waiting_pointer = meeting_node;
    while restarted_pointer != waiting_pointer {
        restarted_pointer = next[restarted_pointer].expect("on the walk");
        waiting_pointer = next[waiting_pointer].expect("on the cycle");
    }

    let mut nodes_on_cycle = 0usize;
    let mut lap_pointer = restarted_pointer;
    loop {
        lap_pointer = next[lap_pointer].expect("on the cycle");
        nodes_on_cycle += 1;
        if lap_pointer == restarted_pointer {
            break;
        }
    }
    Some(Cycle { entry: restarted_pointer, len: nodes_on_cycle })
}
