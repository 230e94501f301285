// learner: optimal
// idiom: VecDeque::push_front for the path (O(1) each), Drop via a worklist of taken child vectors, if-let heavy
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<Vec<NodeRef<T>>> = vec![std::mem::take(&mut self.child_list)];
        while let Some(batch) = work.pop() {
            for child in batch {
                if let Ok(cell) = Rc::try_unwrap(child) {
                    let grandchildren = std::mem::take(&mut cell.borrow_mut().child_list);
                    if !grandchildren.is_empty() {
                        work.push(grandchildren);
                    }
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), child_list: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = Node { value, parent_link: Rc::downgrade(parent), child_list: Vec::new() };
    let handle = Rc::new(RefCell::new(node));
    parent.borrow_mut().child_list.push(Rc::clone(&handle));
    handle
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    n.parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut out = Vec::with_capacity(n.child_list.len());
    for c in &n.child_list {
        out.push(Rc::clone(c));
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut at = Some(Rc::clone(node));
    while let Some(n) = at {
        path.push_front(n.borrow().value.clone());
        at = parent(&n);
    }
    path.into_iter().collect()
}
