// learner: slow
// why: path_to_root is O(d^2) time, target O(d): builds root-first by inserting at index 0 on every step up
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut buf = std::mem::take(&mut self.children);
        while let Some(c) = buf.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                buf.append(&mut cell.into_inner().children);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(Rc::clone(&c));
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

// Julia: pushfirst!(path, x.value) on each step
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = Vec::new();
    let mut x = Some(node.clone());
    while let Some(n) = x {
        path.insert(0, n.borrow().value.clone());
        x = parent(&n);
    }
    path
}
