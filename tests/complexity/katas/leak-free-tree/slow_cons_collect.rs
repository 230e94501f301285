// learner: slow
// why: path_to_root is O(d^2) time, target O(d): "cons" each ancestor onto the path by re-collecting once(v).chain(path), copying the path every step
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending: Vec<NodeRef<T>> = self.kids.drain(..).collect();
        while let Some(k) = pending.pop() {
            if let Ok(cell) = Rc::try_unwrap(k) {
                let mut n = cell.into_inner();
                pending.append(&mut n.kids);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, parent_link: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&c));
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // path = v :: path, walking up
    let mut path: Vec<T> = Vec::new();
    let mut here = Rc::clone(node);
    loop {
        let v = here.borrow().value.clone();
        path = std::iter::once(v).chain(path).collect();
        let up = parent(&here);
        match up {
            Some(p) => here = p,
            None => return path,
        }
    }
}
