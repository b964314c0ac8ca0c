//! Entry point of the standalone page: mounts the widget into `#app`.

fn main() {
    responsibility_matrix::mount_app();
}
