// learner: optimal
// idiom: index-heavy: Weak parent, push while walking up then an explicit two-index swap reversal helper, Drop via work list
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node {
        value,
        parent_link: Weak::new(),
        child_list: Vec::new(),
    }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = new_node(value);
    c.borrow_mut().parent_link = Rc::downgrade(parent);
    parent.borrow_mut().child_list.push(c.clone());
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    n.parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let m = n.child_list.len();
    let mut out = Vec::with_capacity(m);
    let mut i = 0usize;
    while i < m {
        out.push(Rc::clone(&n.child_list[i]));
        i += 1;
    }
    out
}

/// Reverses v[lo..hi] in place (hi exclusive), lo <= hi <= v.len().
fn reverse_span<T>(v: &mut [T], lo: usize, hi: usize) {
    debug_assert!(lo <= hi && hi <= v.len());
    if hi - lo < 2 {
        return;
    }
    let (mut a, mut b) = (lo, hi - 1);
    while a < b {
        v.swap(a, b);
        a += 1;
        b -= 1;
    }
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut vals: Vec<T> = Vec::new();
    let mut cur: Option<NodeRef<T>> = Some(node.clone());
    while let Some(p) = cur {
        vals.push(p.borrow().value.clone());
        cur = parent(&p);
    }
    let d = vals.len();
    reverse_span(&mut vals, 0, d);
    vals
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = std::mem::take(&mut self.child_list);
        while !work.is_empty() {
            let top = work.len() - 1;
            let c = work.swap_remove(top);
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut inner = cell.into_inner();
                work.extend(inner.child_list.drain(..));
            }
        }
    }
}
