// learner: slow
// idiom: CUDA GPU programmer: Weak up-link and flat teardown stack, but path_to_root builds root-first by inserting every ancestor at index 0
// why: path_to_root is O(d^2) (Vec::insert(0, ..) shifts the whole path on each of d steps) vs O(d) target; add_child and parent are O(1)
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stk = std::mem::take(&mut self.kids);
        while let Some(n) = stk.pop() {
            if let Ok(cell) = Rc::try_unwrap(n) {
                let mut node = cell.into_inner();
                stk.append(&mut node.kids);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&c));
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = Vec::new();
    let mut cur = Some(Rc::clone(node));
    while let Some(n) = cur {
        path.insert(0, n.borrow().value.clone());
        cur = parent(&n);
    }
    path
}
