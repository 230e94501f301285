// learner: optimal
// idiom: Option<Weak> parent, Drop that adopts grandchildren into its own Vec, successors() iterator for the path
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Pull each uniquely owned child's children into our own list, so
        // the child drops with no children and nothing recurses.
        while let Some(kid) = self.kids.pop() {
            if let Ok(cell) = Rc::try_unwrap(kid) {
                let mut inner = cell.into_inner();
                self.kids.append(&mut inner.kids);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, kids: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = new_node(value);
    kid.borrow_mut().up = Some(Rc::downgrade(parent));
    parent.borrow_mut().kids.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values: Vec<T> = std::iter::successors(Some(node.clone()), |n| parent(n))
        .map(|n| n.borrow().value.clone())
        .collect();
    values.reverse();
    values
}
