<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>Save picture</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save picture (PNG)...</source>
        <translation>保存图片（PNG）...</translation>
    </message>
    <message>
        <source>Save this view as a PNG image, as it is drawn now, for slides or a report.</source>
        <translation>把这个视图按当前显示的样子保存为 PNG 图像，可用于幻灯片或报告。</translation>
    </message>
    <message>
        <source>Save data (CSV)...</source>
        <translation>保存数据（CSV）...</translation>
    </message>
    <message>
        <source>Save the numbers behind this view as a CSV file for a spreadsheet.</source>
        <translation>把这个视图背后的数值保存为 CSV 文件，可以用电子表格打开。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this view as a picture (PNG) or its numbers as a table (CSV).</source>
        <translation>把这个视图保存为图片（PNG），或把其中的数值保存为表格（CSV）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no project file or built-in example called &apos;%1&apos;. Give the path of a .layerlab file, or one of the names &apos;layerlab-cli examples&apos; lists.</source>
        <extracomment>%1 is the name given; &apos;layerlab-cli examples&apos; is a command and stays as it is</extracomment>
        <translation>没有名为 &apos;%1&apos; 的项目文件或内置示例。请给出一个 .layerlab 文件的路径，或 &apos;layerlab-cli examples&apos; 列出的名称之一。</translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &apos;%4&apos;</source>
        <extracomment>%1 is an option (--epochs), %2 and %3 its smallest and largest values, %4 what was given</extracomment>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 is an option (--epochs)</extracomment>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--pictures needs a layerlab-cli built with the app (LAYERLAB_BUILD_APP=ON)</source>
        <translation>--pictures 需要与桌面程序一起构建的 layerlab-cli（LAYERLAB_BUILD_APP=ON）</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1 takes one project, but got &apos;%2&apos; and &apos;%3&apos;</source>
        <extracomment>%1 is the command (train, diagnose), %2 and %3 the two projects given</extracomment>
        <translation>%1 只接受一个项目，但收到了 &apos;%2&apos; 和 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 needs a project file or an example name</source>
        <extracomment>%1 is the command (train, diagnose)</extracomment>
        <translation>%1 需要一个项目文件或示例名称</translation>
    </message>
    <message>
        <source>loss %1  accuracy %2</source>
        <extracomment>%1 is the loss, %2 the accuracy as a percentage</extracomment>
        <translation>损失 %1  准确率 %2</translation>
    </message>
    <message>
        <source>loss %1  RMSE %2  R^2 %3</source>
        <extracomment>%1 is the loss, %2 the root mean square error, %3 the coefficient of determination</extracomment>
        <translation>损失 %1  RMSE %2  R^2 %3</translation>
    </message>
    <message>
        <source>Epoch %1/%2  train %3  |  validation %4  (%5 s, %6 samples/s)</source>
        <extracomment>a finished epoch: %1 its number, %2 the epochs in all, %3 and %4 the training and validation metrics, %5 the seconds it took, %6 the samples trained per second</extracomment>
        <translation>第 %1/%2 轮  训练集：%3  |  验证集：%4  （%5 秒，%6 样本/秒）</translation>
    </message>
    <message>
        <source>Epoch %1/%2  train %3  (%4 s, %5 samples/s)</source>
        <extracomment>a finished epoch: %1 its number, %2 the epochs in all, %3 the training metrics, %4 the seconds it took, %5 the samples trained per second</extracomment>
        <translation>第 %1/%2 轮  训练集：%3  （%4 秒，%5 样本/秒）</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 validation samples, %4 parameters, 1 thread</source>
        <extracomment>%1 is the project&apos;s name, %2 and %3 sample counts, %4 the number of weights and biases</extracomment>
        <translation>%1：%2 个训练样本，%3 个验证样本，%4 个参数，1 个线程</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 validation samples, %4 parameters, %5 threads</source>
        <extracomment>%1 is the project&apos;s name, %2 and %3 sample counts, %4 the number of weights and biases, %5 threads</extracomment>
        <translation>%1：%2 个训练样本，%3 个验证样本，%4 个参数，%5 个线程</translation>
    </message>
    <message>
        <source>Stopped early: the validation loss did not improve for %1 epochs.</source>
        <extracomment>%1 is the early stopping&apos;s patience, in epochs</extracomment>
        <translation>已提前停止：验证损失连续 %1 轮没有改善。</translation>
    </message>
    <message>
        <source>Final: train %1</source>
        <extracomment>%1 is the metrics on the training data after training</extracomment>
        <translation>最终结果（训练集）：%1</translation>
    </message>
    <message>
        <source>Final: validation %1</source>
        <extracomment>%1 is the metrics on the validation data after training</extracomment>
        <translation>最终结果（验证集）：%1</translation>
    </message>
    <message>
        <source>Final: test %1</source>
        <extracomment>%1 is the metrics on the test data after training</extracomment>
        <translation>最终结果（测试集）：%1</translation>
    </message>
    <message>
        <source>Saved the project with its trained weights to %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>已将项目连同训练好的权重保存到 %1</translation>
    </message>
    <message>
        <source>No pictures: the decision map needs two-input data from a generator, the feature maps image data and a Conv2D layer.</source>
        <translation>没有生成图片：决策区域图需要由内置生成器产生的双输入数据，特征图需要图像数据和 Conv2D 层。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>needs exactly one project file or example name</source>
        <translation>需要且只需要一个项目文件或示例名称</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>不接受参数</translation>
    </message>
    <message>
        <source>Built-in examples (use the name in place of a project file):</source>
        <translation>内置示例（可用名称代替项目文件）：</translation>
    </message>
    <message>
        <source>needs exactly one data file or dataset name</source>
        <translation>需要且只需要一个数据文件或数据集名称</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between layer names, as in [Dense #1, Dense #2]</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Diagnosis after 1 step: nothing looked wrong.</source>
        <translation>训练 1 步后的诊断：没有发现问题。</translation>
    </message>
    <message>
        <source>Diagnosis after %1 steps: nothing looked wrong.</source>
        <extracomment>%1 is the number of training steps (more than one)</extracomment>
        <translation>训练 %1 步后的诊断：没有发现问题。</translation>
    </message>
    <message>
        <source>Diagnosis after 1 step:</source>
        <translation>训练 1 步后的诊断：</translation>
    </message>
    <message>
        <source>Diagnosis after %1 steps:</source>
        <extracomment>%1 is the number of training steps (more than one)</extracomment>
        <translation>训练 %1 步后的诊断：</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>a finding&apos;s headline: %1 its severity (error, warning, info) and %2 its kind (non-finite), both as they are; %3 its title</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2: %3 [%4]</source>
        <extracomment>a finding&apos;s headline: %1 its severity (error, warning, info) and %2 its kind (non-finite), both as they are; %3 its title; %4 the layers it concerns (Dense #1, Dense #2)</extracomment>
        <translation>%1 %2：%3 [%4]</translation>
    </message>
    <message>
        <source>  Evidence: %1</source>
        <extracomment>%1 is the numbers that show the problem</extracomment>
        <translation>  依据：%1</translation>
    </message>
    <message>
        <source>  Cause: %1</source>
        <extracomment>%1 is the most likely cause, with its reasoning</extracomment>
        <translation>  原因：%1</translation>
    </message>
    <message>
        <source>  Try: %1</source>
        <extracomment>%1 lists the fixes, separated by &quot;; &quot;</extracomment>
        <translation>  建议：%1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>the separator between the fixes to try</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>--lang needs a language: %1.</source>
        <extracomment>%1 lists the languages, as: en (English), zh_CN (简体中文)</extracomment>
        <translation>--lang 需要指定一种语言：%1。</translation>
    </message>
    <message>
        <source>There is no language &apos;%1&apos;. LayerLab speaks: %2.</source>
        <extracomment>%1 is the language code given on the command line; %2 lists the languages, as: en (English), zh_CN (简体中文)</extracomment>
        <translation>没有语言 &apos;%1&apos;。LayerLab 支持的语言：%2。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <extracomment>%1 is what was given in place of a command (train, diagnose, summary, examples, data)</extracomment>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>out of memory. Use a smaller model, batch or dataset.</source>
        <translation>内存不足。请使用更小的模型、批量或数据集。</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <extracomment>%1 is the exception&apos;s own text, in English</extracomment>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Epoch %1/%2 [%3] %4/%5  loss %6  %7 samples/s  ETA %8</source>
        <extracomment>the progress bar: %1 the epoch, %2 the epochs in all, %3 the bar, %4 the step in the epoch, %5 the steps in an epoch, %6 the loss, %7 the samples trained per second, %8 the time left (1:05)</extracomment>
        <translation>第 %1/%2 轮 [%3] %4/%5  损失 %6  %7 样本/秒  剩余 %8</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk has room.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>无法写入 %1：请检查文件夹是否可写、磁盘是否还有空间。</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the pictures: %2.</source>
        <extracomment>%1 is a folder&apos;s name, %2 the system&apos;s reason (in English)</extracomment>
        <translation>无法创建存放图片的文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>%1 is the data preparation&apos;s report, a sentence or more</extracomment>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation>训练已发散。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>two sentences in a row (Chinese needs no space between them)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>--metrics names the project being trained, %1, and would overwrite it. Give the metrics their own file.</source>
        <extracomment>%1 is the project file given to train</extracomment>
        <translation>--metrics 指定的是正在训练的项目 %1，会把它覆盖掉。请为评估指标另选一个文件。</translation>
    </message>
    <message>
        <source>--metrics and --save both name %1, so one would overwrite the other. Give each its own file.</source>
        <extracomment>%1 is the file both options name</extracomment>
        <translation>--metrics 和 --save 都指定了 %1，一个会覆盖另一个。请为两者各选一个文件。</translation>
    </message>
    <message>
        <source>Usage:
  layerlab-cli train FILE [--epochs N] [--threads N] [--seed S] [--metrics out.csv] [--save out.layerlab]
                          [--pictures DIR]
  layerlab-cli diagnose FILE [--epochs N] [--threads N] [--seed S] [--json]
  layerlab-cli summary FILE
  layerlab-cli examples
  layerlab-cli data FILE-or-NAME
FILE is a project file or the name of a built-in example (see &apos;layerlab-cli examples&apos;).
train prints the doctor&apos;s findings at its end; diagnose trains and prints only them
(--json: as JSON on stdout, the progress on stderr).
train checks the --metrics, --save and --pictures paths before it trains, and writes each
output even when another fails.
Exit codes: 0 done (train warns when a run did not learn: a loss that rose or is worse than
guessing, or accuracy at chance level), 1 a file or the data could not be used (or an output
could not be written), 2 a wrong command line, 3 train stopped because values became Inf/NaN.
--lang CODE, anywhere on the line, chooses the language (%1); without it LC_ALL,
LC_MESSAGES or LANG does. The JSON and the metrics CSV stay in English.
</source>
        <extracomment>the commands, options and placeholders (FILE, N, S, DIR, CODE) stay as they are; %1 lists the language codes, as: en, zh_CN</extracomment>
        <translation>用法：
  layerlab-cli train FILE [--epochs N] [--threads N] [--seed S] [--metrics out.csv] [--save out.layerlab]
                          [--pictures DIR]
  layerlab-cli diagnose FILE [--epochs N] [--threads N] [--seed S] [--json]
  layerlab-cli summary FILE
  layerlab-cli examples
  layerlab-cli data FILE-or-NAME
FILE 是项目文件，或内置示例的名称（见 &apos;layerlab-cli examples&apos;）。
train 在训练结束时打印诊断器的诊断结果；diagnose 训练后只打印诊断结果
（--json：以 JSON 格式输出到 stdout，进度输出到 stderr）。
train 在训练之前检查 --metrics、--save 和 --pictures 的路径；某个输出写入失败时，
其余输出照常写入。
退出码：0 完成（训练没有学到东西时 train 会给出警告：损失上升、比随机猜测还差，
或准确率停留在随机水平），1 文件或数据无法使用（或某个输出无法写入），
2 命令行有误，3 train 因数值变为 Inf/NaN 而停止。
--lang CODE 可以放在命令行的任意位置，用来选择语言（%1）；不指定时由 LC_ALL、
LC_MESSAGES 或 LANG 决定。JSON 和评估指标 CSV 文件始终使用英文。
</translation>
    </message>
    <message>
        <source>Nothing was written to %1 %2: training diverged, so the weights are not usable. Lower the learning rate and train again.</source>
        <extracomment>%1 is an option (--save, --pictures), %2 the path given to it</extracomment>
        <translation>没有写入 %1 %2：训练已发散，权重不可用。请降低学习率后重新训练。</translation>
    </message>
    <message>
        <source>Could not save the project to %1 (--save): %2</source>
        <extracomment>%1 is a file name, %2 the reason (a sentence or more)</extracomment>
        <translation>无法把项目保存到 %1（--save）：%2</translation>
    </message>
    <message>
        <source>Could not write the metrics to %1 (--metrics): %2</source>
        <extracomment>%1 is a file name, %2 the reason (a sentence or more)</extracomment>
        <translation>无法把评估指标写入 %1（--metrics）：%2</translation>
    </message>
    <message>
        <source>Could not write the pictures to %1 (--pictures): %2</source>
        <extracomment>%1 is a folder&apos;s name, %2 the reason (a sentence or more)</extracomment>
        <translation>无法把图片写入 %1（--pictures）：%2</translation>
    </message>
    <message>
        <source>Lower the learning rate a lot: it is %1, where Adam and RMSprop usually learn at 0.001 and SGD at 0.01 to 0.1.</source>
        <extracomment>%1 is the learning rate; the optimizer names stay as they are</extracomment>
        <translation>请大幅降低学习率：当前为 %1，而 Adam 和 RMSprop 通常用 0.001，SGD 用 0.01 到 0.1。</translation>
    </message>
    <message>
        <source>Raise the learning rate: it is %1, where Adam and RMSprop usually learn at 0.001 and SGD at 0.01 to 0.1; or train for more epochs.</source>
        <extracomment>%1 is the learning rate; the optimizer names stay as they are</extracomment>
        <translation>请提高学习率：当前为 %1，而 Adam 和 RMSprop 通常用 0.001，SGD 用 0.01 到 0.1；或者多训练几轮。</translation>
    </message>
    <message>
        <source>Try a learning rate 10 times lower or higher than %1, more epochs or a larger model; the doctor&apos;s findings may say which.</source>
        <extracomment>%1 is the learning rate</extracomment>
        <translation>可以试试比 %1 低或高 10 倍的学习率、更多的训练轮数或更大的模型；诊断器的诊断结果可能会指出该选哪一个。</translation>
    </message>
    <message>
        <source>Warning: the run did not learn. Its training loss ended at %1, more than %2 times the first epoch&apos;s %3.</source>
        <extracomment>%1 is the training loss after training, %2 a factor (3), %3 the first epoch&apos;s training loss</extracomment>
        <translation>警告：这次训练没有学到东西。训练损失最终为 %1，是第一轮 %3 的 %2 倍以上。</translation>
    </message>
    <message>
        <source>Warning: the run did not learn. Its training loss ended at %1, far above the %2 that guessing every class alike gives.</source>
        <extracomment>%1 is the training loss after training, %2 the loss of a model that gives every class the same probability (ln of the number of classes)</extracomment>
        <translation>警告：这次训练没有学到东西。训练损失最终为 %1，远高于对每个类别平均猜测时的 %2。</translation>
    </message>
    <message>
        <source>Warning: the run did not learn. Its training accuracy, %1, is no better than always answering the most common class (%2).</source>
        <extracomment>%1 is the accuracy on the training data, %2 the share of its most common class (both percentages)</extracomment>
        <translation>警告：这次训练没有学到东西。训练准确率 %1 并不比总是回答最常见的类别（%2）更好。</translation>
    </message>
    <message>
        <source>Warning: the run did not learn. Its R^2 on the training data is %1, no better than always answering the mean of the targets (R^2 0).</source>
        <extracomment>%1 is the coefficient of determination R^2 on the training data</extracomment>
        <translation>警告：这次训练没有学到东西。训练数据上的 R^2 为 %1，并不比总是回答目标的均值（R^2 为 0）更好。</translation>
    </message>
    <message>
        <source>%1 %2 cannot be used: %3. Choose another place.</source>
        <extracomment>%1 is an option (--save), %2 the path given to it, %3 the system&apos;s reason (in English)</extracomment>
        <translation>%1 %2 无法使用：%3。请换一个位置。</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist. Make it first, or give a path in a folder that exists.</source>
        <extracomment>%1 is an option (--metrics), %2 the path given to it, %3 the folder that path is in</extracomment>
        <translation>%1 %2：文件夹 %3 不存在。请先创建它，或给出一个已有文件夹中的路径。</translation>
    </message>
    <message>
        <source>%1 %2: %3 is a file, not a folder. Give a path in a folder.</source>
        <extracomment>%1 is an option (--metrics), %2 the path given to it, %3 the part of the path that is a file</extracomment>
        <translation>%1 %2：%3 是文件，不是文件夹。请给出某个文件夹中的路径。</translation>
    </message>
    <message>
        <source>%1 %2: LayerLab cannot write in the folder %3 (%4). Choose a folder you can write to.</source>
        <extracomment>%1 is an option (--metrics), %2 the path given to it, %3 a folder, %4 the system&apos;s reason (in English)</extracomment>
        <translation>%1 %2：LayerLab 无法在文件夹 %3 中写入（%4）。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>%1 needs the name of a file, not an empty text.</source>
        <extracomment>%1 is an option (--save, --metrics)</extracomment>
        <translation>%1 需要一个文件名，不能为空。</translation>
    </message>
    <message>
        <source>%1 %2 is a folder. Give the name of a file, in that folder or another.</source>
        <extracomment>%1 is an option (--save), %2 the path given to it</extracomment>
        <translation>%1 %2 是一个文件夹。请给出一个文件名（放在这个文件夹或其他文件夹中都可以）。</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file (it is a device, a FIFO or a socket), and LayerLab does not write over it. Give the name of a regular file.</source>
        <extracomment>%1 is an option (--save), %2 the path given to it</extracomment>
        <translation>%1 %2 不是普通文件（而是设备、FIFO 或套接字），LayerLab 不会覆盖它。请给出一个普通文件的名称。</translation>
    </message>
    <message>
        <source>%1 needs the name of a folder, not an empty text.</source>
        <extracomment>%1 is an option (--pictures)</extracomment>
        <translation>%1 需要一个文件夹名，不能为空。</translation>
    </message>
    <message>
        <source>%1 %2 is not a folder. Give the name of a folder; it is made if it is missing.</source>
        <extracomment>%1 is an option (--pictures), %2 the path given to it</extracomment>
        <translation>%1 %2 不是文件夹。请给出一个文件夹名；文件夹不存在时会自动创建。</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Gradients vanish on the way back to %1</source>
        <translation>梯度在反向传播到 %1 的途中消失</translation>
    </message>
    <message>
        <source>The gradient norm falls from %1 at %2 to %3 at %4: about %5x smaller per layer.</source>
        <translation>梯度范数从 %2 处的 %1 降到 %4 处的 %3：每经过一层，约缩小到原来的 1/%5。</translation>
    </message>
    <message>
        <source>The gradient norm falls from %1 at %2 to exactly 0 at %3.</source>
        <translation>梯度范数从 %2 处的 %1 一直降到 %3 处，恰好为 0。</translation>
    </message>
    <message>
        <source>%1 of the units of %2 are saturated, where the slope is almost 0, so the gradient dies there on its way back.</source>
        <translation>%2 中有 %1 的神经元处于饱和状态，饱和区的斜率几乎为 0，所以梯度在反向传播经过这里时消失了。</translation>
    </message>
    <message>
        <source>%1 of the units of %2 are dead ReLUs that pass no gradient back, so the layers below them get almost none.</source>
        <translation>%2 中有 %1 的神经元是死亡 ReLU，不向回传递任何梯度，所以更靠近输入的各层几乎得不到梯度。</translation>
    </message>
    <message>
        <source>Saturation measured at %1, so not saturation: %2&apos;s slope is at most %3 and the weights are small (about %4 each), so each layer shrinks the gradient about %5x.</source>
        <translation>测得的饱和比例只有 %1，所以原因不是饱和：%2 的斜率最大只有 %3，而且权重很小（每个约为 %4），因此每经过一层，梯度约缩小到原来的 1/%5。</translation>
    </message>
    <message>
        <source>Saturation measured at %1 and dead units at %2, so neither is the cause: the weights are small (about %3 each), so each layer shrinks the gradient about %4x.</source>
        <translation>测得的饱和比例为 %1，死亡神经元比例为 %2，所以两者都不是原因：权重很小（每个约为 %3），因此每经过一层，梯度约缩小到原来的 1/%4。</translation>
    </message>
    <message>
        <source>Exploding gradients at %1</source>
        <translation>%1 处梯度爆炸</translation>
    </message>
    <message>
        <source>The gradient norm grows from %1 at %2 to %3 at %4: about %5x larger per layer.</source>
        <translation>梯度范数从 %2 处的 %1 增大到 %4 处的 %3：每经过一层，约放大到原来的 %5 倍。</translation>
    </message>
    <message>
        <source>The gradient norm of %1 grew from %2 at the start to %3 by step %4.</source>
        <translation>%1 的梯度范数从开始时的 %2 增大到第 %4 步时的 %3。</translation>
    </message>
    <message>
        <source>The gradient norm of %1 is %2, where a healthy run stays near 1 or below.</source>
        <translation>%1 的梯度范数为 %2，而正常的训练应保持在 1 左右或更低。</translation>
    </message>
    <message>
        <source>The weights of %1 are large (each layer multiplies the signal about %2x), so every layer multiplies the gradient on its way back.</source>
        <translation>%1 的权重很大（每层把信号放大约 %2 倍），所以梯度在反向传播时每经过一层都会被放大。</translation>
    </message>
    <message>
        <source>The weights are of ordinary size (a gain of about %1 per layer) but the inputs are not normalised, and large inputs make large gradients in the first layer.</source>
        <translation>权重大小正常（每层的放大倍数约为 %1），但输入没有归一化，较大的输入会使第一层产生很大的梯度。</translation>
    </message>
    <message>
        <source>The weights are of ordinary size (a gain of about %1 per layer) and the inputs are scaled, so the likely cause is a learning rate of %2 whose steps overshoot and grow.</source>
        <translation>权重大小正常（每层的放大倍数约为 %1），输入也已缩放，所以可能的原因是学习率 %2：每一步都越过了最小值，而且越跨越大。</translation>
    </message>
    <message>
        <source>Training stopped: Inf/NaN at step %1</source>
        <translation>训练已停止：第 %1 步出现 Inf/NaN</translation>
    </message>
    <message>
        <source>At step %1 the outputs of %2 became Inf or NaN in the forward pass.</source>
        <translation>第 %1 步时，%2 的输出在前向传播中变成了 Inf 或 NaN。</translation>
    </message>
    <message>
        <source>At step %1 the outputs of %2 reached %3, so large that the loss overflowed.</source>
        <translation>第 %1 步时，%2 的输出达到 %3，大到使损失值溢出。</translation>
    </message>
    <message>
        <source>At step %1 the gradient of %2 became Inf or NaN in the backward pass.</source>
        <translation>第 %1 步时，%2 的梯度在反向传播中变成了 Inf 或 NaN。</translation>
    </message>
    <message>
        <source>At step %1 the weights of %2 overflowed to Inf or NaN in the weight update.</source>
        <translation>第 %1 步时，%2 的权重在权重更新中溢出，变成了 Inf 或 NaN。</translation>
    </message>
    <message>
        <source>The loss grew about %1x per step before it overflowed, because the learning rate %2 is above %3, the largest at which gradient descent on these inputs is stable.</source>
        <translation>溢出之前，损失值每步约增长为原来的 %1 倍，因为学习率 %2 超过了 %3，即在这些输入上梯度下降能保持稳定的最大学习率。</translation>
    </message>
    <message>
        <source>The loss grew about %1x per step before it overflowed, so each step overshot further than the last: the learning rate %2 is too high for this model and data.</source>
        <translation>溢出之前，损失值每步约增长为原来的 %1 倍，说明每一步都比上一步越过最小值更远：对这个模型和数据来说，学习率 %2 太高了。</translation>
    </message>
    <message>
        <source>The loss did not grow steadily before, but the inputs are far from normalised (%1 has values around %2), so the first layer&apos;s outputs and gradients are huge.</source>
        <translation>此前损失值并没有持续增长，但输入远未归一化（%1 的取值在 %2 左右），所以第一层的输出和梯度非常大。</translation>
    </message>
    <message>
        <source>The loss did not grow steadily before (about %1x per step), so a single step jumped too far: at learning rate %2 an occasional large gradient is enough.</source>
        <translation>此前损失值并没有持续增长（每步约为原来的 %1 倍），所以是某一步跳得太远：在学习率 %2 下，偶尔出现一个较大的梯度就足以造成这种情况。</translation>
    </message>
    <message>
        <source>The learning rate %1 is too high</source>
        <translation>学习率 %1 太高</translation>
    </message>
    <message>
        <source>For this linear model with mean squared error the curvature is about %1 (2 x (the inputs&apos; mean squares + 1)), so gradient descent is stable only below a learning rate of %2, and it is %3.</source>
        <translation>对这个使用均方误差的线性模型，曲率约为 %1（2 ×（各输入的均方值之和 + 1）），所以只有学习率低于 %2 时梯度下降才稳定，而当前学习率是 %3。</translation>
    </message>
    <message>
        <source>The loss grew about %1x per step until it became Inf/NaN at step %2.</source>
        <translation>损失值每步约增长为原来的 %1 倍，直到第 %2 步变成 Inf/NaN。</translation>
    </message>
    <message>
        <source>The run became Inf/NaN at step %1, after only a few steps at learning rate %2.</source>
        <translation>以学习率 %2 只训练了几步，到第 %1 步就出现了 Inf/NaN。</translation>
    </message>
    <message>
        <source>The training loss went down to %1 and has climbed back to %2 since.</source>
        <translation>训练损失曾降到 %1，之后又回升到 %2。</translation>
    </message>
    <message>
        <source>The loss is %1 and jumps between %2 and %3 over the run, worse than the %4 that guessing gives.</source>
        <translation>损失值为 %1，整个训练过程中在 %2 和 %3 之间跳动，比随机猜测得到的 %4 还差。</translation>
    </message>
    <message>
        <source>Each step changes the weights of %1 by %2 of their size (about 0.1% is usual), and the loss is not falling: %3 at the start, %4 now.</source>
        <translation>每一步都让 %1 的权重变化自身大小的 %2（通常约为 0.1%），而损失值并没有下降：开始时为 %3，现在为 %4。</translation>
    </message>
    <message>
        <source>The inputs are not normalised (%1 has mean %2 and %3 has mean %4), which makes the curvature large; z-scored inputs would bring it to about %5 and allow a learning rate up to %6.</source>
        <translation>输入没有归一化（%1 的均值为 %2，%3 的均值为 %4），这使曲率很大；对输入做 z-score 标准化后，曲率会降到约 %5，学习率最高可以用到 %6。</translation>
    </message>
    <message>
        <source>The input %1 is not normalised (mean %2), which makes the curvature large; a z-scored input would bring it to about %3 and allow a learning rate up to %4.</source>
        <translation>输入 %1 没有归一化（均值为 %2），这使曲率很大；对它做 z-score 标准化后，曲率会降到约 %3，学习率最高可以用到 %4。</translation>
    </message>
    <message>
        <source>The inputs are scaled, so the step itself is too long: each step overshoots the minimum and lands about %1x as far away on the other side.</source>
        <translation>输入已经缩放过，所以是步子本身太大：每一步都越过最小值，落到另一侧，离最小值的距离约为原来的 %1 倍。</translation>
    </message>
    <message>
        <source>A loss that grows or jumps instead of falling means the steps overshoot the minimum: the learning rate %1 is too large for %2 on this model.</source>
        <translation>损失值不降反升或来回跳动，说明每一步都越过了最小值：在这个模型上使用 %2 时，学习率 %1 太大了。</translation>
    </message>
    <message>
        <source>The learning rate %1 is too low</source>
        <translation>学习率 %1 太低</translation>
    </message>
    <message>
        <source>Each step changes the weights by at most %1 of their size (about 0.001 is usual), and the loss only went from %2 to %3 in %4 steps.</source>
        <translation>每一步最多让权重变化自身大小的 %1（通常约为 0.001），而在 %4 步中损失值只从 %2 变到了 %3。</translation>
    </message>
    <message>
        <source>The gradient is not what is small (%1 at %2): the steps are tiny because the learning rate %3 is, so training would take hundreds of times longer.</source>
        <translation>小的不是梯度（%2 处为 %1）：更新步很小是因为学习率 %3 太小，这样训练要多花几百倍的时间。</translation>
    </message>
    <message>
        <source>Dead ReLU units in %1</source>
        <translation>%1 中有死亡 ReLU 神经元</translation>
    </message>
    <message>
        <source>%1 of the units of %2 output 0 for every sample, in each of the last %3 measurements.</source>
        <translation>在最近 %3 次测量中，%2 中有 %1 的神经元每次都对所有样本输出 0。</translation>
    </message>
    <message>
        <source>%1 starts from a %2 initialisation that multiplies its inputs about %3x, so many units start so far below 0 that they never output anything.</source>
        <translation>%1 使用 %2 初始化，会把输入放大约 %3 倍，所以许多神经元从一开始就远低于 0，始终只输出 0。</translation>
    </message>
    <message>
        <source>Early steps changed the weights by %1 of their size (learning rate %2), large enough to push units below 0 for every input, where they get no gradient to recover; the %3 initialisation is ordinary.</source>
        <translation>最初几步让权重变化了自身大小的 %1（学习率 %2），大到足以把神经元推到对所有输入都低于 0 的位置，在那里它们得不到梯度，无法恢复；%3 初始化本身是正常的。</translation>
    </message>
    <message>
        <source>The %1 initialisation and the steps (%2 of the weights&apos; size) are ordinary, but the inputs are not normalised, so large inputs pushed units below 0 for good.</source>
        <translation>%1 初始化和更新步长（权重大小的 %2）都正常，但输入没有归一化，较大的输入把神经元永久地推到了 0 以下。</translation>
    </message>
    <message>
        <source>A ReLU that outputs 0 for every input gets no gradient and never recovers; the %1 initialisation and the steps (%2 of the weights&apos; size) look ordinary, so it happened during training.</source>
        <translation>对所有输入都输出 0 的 ReLU 得不到梯度，再也无法恢复；%1 初始化和更新步长（权重大小的 %2）看起来都正常，所以这是在训练过程中发生的。</translation>
    </message>
    <message>
        <source>Saturated units in %1</source>
        <translation>%1 中有饱和的神经元</translation>
    </message>
    <message>
        <source>%1 of the units of %2 sit within %3 of the limits of %4, where its slope is almost 0, in each of the last %5 measurements.</source>
        <translation>在最近 %5 次测量中，%2 中有 %1 的神经元每次都停留在 %4 取值的上下限附近（差距在 %3 以内），那里的斜率几乎为 0。</translation>
    </message>
    <message>
        <source>%1 starts from a %2 initialisation of scale %3: with %4 inputs per unit it multiplies them about %5x, far past where %6 flattens, so the units start saturated.</source>
        <translation>%1 使用尺度为 %3 的 %2 初始化：每个神经元有 %4 个输入，它们被放大约 %5 倍，远远超出 %6 开始变平的位置，所以这些神经元一开始就饱和了。</translation>
    </message>
    <message>
        <source>The %1 initialisation is ordinary, but the inputs are not normalised, and large inputs drive %2 into its flat ends.</source>
        <translation>%1 初始化是正常的，但输入没有归一化，较大的输入把 %2 推入了两端的平坦区。</translation>
    </message>
    <message>
        <source>The weights of %1 grew during training until each unit multiplies its inputs about %2x; the %3 initialisation started them small, so steps at learning rate %4 are the likely cause.</source>
        <translation>%1 的权重在训练中不断增大，直到每个神经元把输入放大约 %2 倍；%3 初始化时权重还很小，所以很可能是学习率 %4 下的更新步造成的。</translation>
    </message>
    <message>
        <source>The %1 initialisation, the inputs and the weights&apos; size (a gain of %2 per layer) look ordinary, so the units drifted into their flat ends during training.</source>
        <translation>%1 初始化、输入和权重大小（每层的放大倍数为 %2）看起来都正常，所以这些神经元是在训练过程中逐渐漂移进平坦区的。</translation>
    </message>
    <message>
        <source>The inputs are not normalised</source>
        <translation>输入没有归一化</translation>
    </message>
    <message>
        <source>Feature %1 has a standard deviation of %2 and feature %3 only %4: %5 times apart.</source>
        <translation>特征 %1 的标准差为 %2，而特征 %3 只有 %4：相差 %5 倍。</translation>
    </message>
    <message>
        <source>Feature %1 has mean %2 but a standard deviation of only %3, so its values sit far from zero.</source>
        <translation>特征 %1 的均值为 %2，标准差却只有 %3，所以它的取值离 0 很远。</translation>
    </message>
    <message>
        <source>%1 features sit far from zero: %2, for one, has mean %3 but a standard deviation of only %4.</source>
        <translation>有 %1 个特征的取值离 0 很远：例如 %2，均值为 %3，标准差却只有 %4。</translation>
    </message>
    <message>
        <source>Feature %1 has a standard deviation of %2, so the first layer sees large values.</source>
        <translation>特征 %1 的标准差为 %2，所以第一层接收到的数值很大。</translation>
    </message>
    <message>
        <source>The pixels range from %1 to %2 instead of 0 to 1.</source>
        <translation>像素值的范围是 %1 到 %2，而不是 0 到 1。</translation>
    </message>
    <message>
        <source>No normalisation is set, so the largest feature decides how large a learning rate can be while the others learn slowly; z-score gives every feature mean 0 and standard deviation 1.</source>
        <translation>没有设置归一化，所以数值最大的特征决定了学习率最大能取多少，而其他特征学得很慢；z-score 标准化让每个特征的均值为 0、标准差为 1。</translation>
    </message>
    <message>
        <source>The loss is stuck at chance level (%1)</source>
        <translation>损失值停在随机猜测水平（%1）</translation>
    </message>
    <message>
        <source>The loss has stayed at %1 for the last %2 steps, the chance level ln(%3) = %4, and the accuracy is %5, what guessing gives.</source>
        <translation>最近 %2 步损失值一直停在 %1，相当于随机猜测水平 ln(%3) = %4；准确率为 %5，和随机猜测一样。</translation>
    </message>
    <message>
        <source>The loss has stayed at %1 for the last %2 steps, the chance level ln(%3) = %4.</source>
        <translation>最近 %2 步损失值一直停在 %1，相当于随机猜测水平 ln(%3) = %4。</translation>
    </message>
    <message>
        <source>The gradients vanish before they reach the first layers (see that finding), so the net cannot learn anything from the inputs and only predicts how common each class is.</source>
        <translation>梯度在到达前面几层之前就消失了（见相应的诊断结果），所以网络无法从输入中学到任何东西，只能预测每个类别出现的频率。</translation>
    </message>
    <message>
        <source>Most ReLU units are dead (see that finding), so too little of the input reaches the output to tell the classes apart.</source>
        <translation>大部分 ReLU 神经元已经死亡（见相应的诊断结果），能到达输出的输入信息太少，无法区分各个类别。</translation>
    </message>
    <message>
        <source>The units are saturated (see that finding), so they pass almost no gradient back and the net cannot leave its first guess.</source>
        <translation>神经元处于饱和状态（见相应的诊断结果），几乎不向回传递梯度，所以网络无法摆脱最初的猜测。</translation>
    </message>
    <message>
        <source>The steps are too small to leave the starting point (see the learning-rate finding).</source>
        <translation>更新步太小，离不开起点（见关于学习率的诊断结果）。</translation>
    </message>
    <message>
        <source>The loss does not fit the output layer (see that finding), so the gradients do not lead towards better predictions.</source>
        <translation>损失函数与输出层不匹配（见相应的诊断结果），所以梯度不能引导模型做出更好的预测。</translation>
    </message>
    <message>
        <source>Every weight of %1 starts at the same value (%2 initialisation), so all its units compute the same thing and get the same gradient: they can never become different.</source>
        <translation>%1 的所有权重初始值都相同（%2 初始化），所以它的所有神经元计算的都是同一个东西，得到的梯度也相同：它们永远不会变得不同。</translation>
    </message>
    <message>
        <source>No gradient problem was measured (nothing vanishes or explodes, no units are dead or saturated), so the learning rate %1 or the model&apos;s size is the likely cause.</source>
        <translation>没有测到梯度问题（没有梯度消失或梯度爆炸，也没有死亡或饱和的神经元），所以可能的原因是学习率 %1 或模型的大小。</translation>
    </message>
    <message>
        <source>Overfitting: the validation loss rises</source>
        <translation>过拟合：验证损失在上升</translation>
    </message>
    <message>
        <source>The validation loss rose from %1 at epoch %2 to %3 at epoch %4, while the training loss fell from %5 to %6.</source>
        <translation>验证损失从第 %2 轮的 %1 上升到第 %4 轮的 %3，而训练损失从 %5 降到了 %6。</translation>
    </message>
    <message>
        <source>The gap between validation and training loss widened from %1 to %2: the model memorises its training samples instead of the pattern, and since the training loss still falls it is not the learning rate.</source>
        <translation>验证损失与训练损失之间的差距从 %1 扩大到 %2：模型在死记训练样本，而不是学习其中的规律；训练损失仍在下降，所以原因不是学习率。</translation>
    </message>
    <message>
        <source>Underfitting: the model stopped improving too early</source>
        <translation>欠拟合：模型过早地停止了进步</translation>
    </message>
    <message>
        <source>After %1 epochs the training accuracy is stuck at %2 (validation %3) and the training loss at %4.</source>
        <translation>训练 %1 轮后，训练准确率停在 %2（验证集上为 %3），训练损失停在 %4。</translation>
    </message>
    <message>
        <source>After %1 epochs the model explains only %2 of the targets&apos; variance (R² on the training data) and the training loss is stuck at %3.</source>
        <translation>训练 %1 轮后，模型只能解释目标值方差的 %2（训练数据上的 R²），训练损失停在 %3。</translation>
    </message>
    <message>
        <source>Training and validation do equally poorly and no gradient problem was measured, so the model (%1 hidden layers, at most %2 units wide) is too simple for this data.</source>
        <translation>模型在训练集和验证集上表现同样差，也没有测到梯度问题，所以对这些数据来说，模型（%1 个隐藏层，每层最多 %2 个神经元）太简单了。</translation>
    </message>
    <message>
        <source>Training and validation do equally poorly and no gradient problem was measured, so a model without hidden layers, which can only fit a straight line or plane, is too simple for this data.</source>
        <translation>模型在训练集和验证集上表现同样差，也没有测到梯度问题，所以对这些数据来说，没有隐藏层、只能拟合直线或平面的模型太简单了。</translation>
    </message>
    <message>
        <source>The loss %1 does not fit the output %2 (%3)</source>
        <translation>损失函数 %1 与输出层 %2（%3）不匹配</translation>
    </message>
    <message>
        <source>%1 is a softmax of one unit, which outputs 1 whatever the input.</source>
        <translation>%1 是只有一个神经元的 softmax 层，无论输入是什么，输出都是 1。</translation>
    </message>
    <message>
        <source>%1 ends in softmax, whose outputs add up to 1, but the loss %2 treats each output on its own.</source>
        <translation>%1 使用 softmax，其各输出之和为 1，但损失函数 %2 把每个输出单独看待。</translation>
    </message>
    <message>
        <source>The loss %1 reads the outputs of %2 as probabilities that add up to 1, but %3 outputs do not.</source>
        <translation>损失函数 %1 把 %2 的输出当作和为 1 的概率，但 %3 的输出之和并不为 1。</translation>
    </message>
    <message>
        <source>Binary cross-entropy reads the output of %1 as a probability between 0 and 1, but a %2 output can leave that range.</source>
        <translation>二元交叉熵把 %1 的输出当作 0 到 1 之间的概率，但 %2 的输出可能超出这个范围。</translation>
    </message>
    <message>
        <source>The output cannot change, so the loss cannot fall: the trainer accepts this set-up, but nothing can be learned.</source>
        <translation>输出无法改变，所以损失值无法下降：训练器接受这样的设置，但什么也学不到。</translation>
    </message>
    <message>
        <source>It trains, but the gradient of %1 through a softmax is small exactly when the net is wrong, so it learns much slower than cross-entropy would.</source>
        <translation>能训练，但 %1 经过 softmax 后的梯度恰恰在网络出错时很小，所以学得比用交叉熵慢得多。</translation>
    </message>
    <message>
        <source>Cross-entropy only rewards the true class&apos;s output, so with sigmoid outputs the net can push every output to 1 and make the loss 0 without telling the classes apart.</source>
        <translation>交叉熵只奖励真实类别的输出，所以在 sigmoid 输出下，网络可以把每个输出都推到 1，使损失值为 0，却根本没有区分各个类别。</translation>
    </message>
    <message>
        <source>Outputs at or below 0 are clipped before the logarithm, so their gradients are meaningless and training stalls or jumps.</source>
        <translation>小于或等于 0 的输出在取对数之前会被截断，所以它们的梯度没有意义，训练会停滞或跳动。</translation>
    </message>
    <message>
        <source>Lower the learning rate to %1</source>
        <translation>把学习率降低到 %1</translation>
    </message>
    <message>
        <source>Raise the learning rate to %1</source>
        <translation>把学习率提高到 %1</translation>
    </message>
    <message>
        <source>Use the %1 optimizer at learning rate %2</source>
        <translation>使用 %1 优化器，学习率设为 %2</translation>
    </message>
    <message>
        <source>Normalise the inputs (z-score)</source>
        <translation>对输入做归一化（z-score 标准化）</translation>
    </message>
    <message>
        <source>Use He initialisation</source>
        <translation>使用 He 初始化</translation>
    </message>
    <message>
        <source>Use Xavier initialisation</source>
        <translation>使用 Xavier 初始化</translation>
    </message>
    <message>
        <source>Use the %1 initialisation</source>
        <translation>使用 %1 初始化</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers</source>
        <translation>在隐藏层中使用 ReLU</translation>
    </message>
    <message>
        <source>Use %1 in the hidden layers</source>
        <translation>在隐藏层中使用 %1</translation>
    </message>
    <message>
        <source>Add BatchNorm after the hidden layers</source>
        <translation>在隐藏层之后添加 BatchNorm</translation>
    </message>
    <message>
        <source>Clip gradients to a global norm of %1</source>
        <translation>把梯度裁剪到全局范数 %1</translation>
    </message>
    <message>
        <source>Add Dropout of %1 after the hidden layers</source>
        <translation>在隐藏层之后添加丢弃率为 %1 的 Dropout</translation>
    </message>
    <message>
        <source>Add L2 regularisation of %1</source>
        <translation>添加系数为 %1 的 L2 正则化</translation>
    </message>
    <message>
        <source>Stop early when the validation loss has not improved for %1 epochs</source>
        <translation>验证损失连续 %1 轮没有改善时提前停止</translation>
    </message>
    <message>
        <source>Use %1 with a %2 output</source>
        <translation>使用 %1 损失函数，输出层用 %2</translation>
    </message>
    <message>
        <source>Widen the hidden layers to %1 units</source>
        <translation>把隐藏层加宽到 %1 个神经元</translation>
    </message>
    <message>
        <source>Add a hidden layer of %1 %2 units</source>
        <translation>添加一个有 %1 个 %2 神经元的隐藏层</translation>
    </message>
    <message>
        <source>Paused: the gradient norm of %1 is %2, above %3 (step %4).</source>
        <translation>已暂停：%1 的梯度范数为 %2，高于 %3（第 %4 步）。</translation>
    </message>
    <message>
        <source>Paused: the gradient norm of %1 is %2, below %3 (step %4).</source>
        <translation>已暂停：%1 的梯度范数为 %2，低于 %3（第 %4 步）。</translation>
    </message>
    <message>
        <source>Paused: %2 of the units of %1 are dead, more than %3 (step %4).</source>
        <translation>已暂停：%1 中有 %2 的神经元已死亡，超过了 %3（第 %4 步）。</translation>
    </message>
    <message>
        <source>Paused: %2 of the units of %1 are saturated, more than %3 (step %4).</source>
        <translation>已暂停：%1 中有 %2 的神经元已饱和，超过了 %3（第 %4 步）。</translation>
    </message>
    <message>
        <source>Paused: the validation loss rose %1 epochs in a row, from %2 to %3 (epoch %4).</source>
        <translation>已暂停：验证损失连续 %1 轮上升，从 %2 升到 %3（第 %4 轮）。</translation>
    </message>
    <message>
        <source>Paused: the doctor found %1 (step %2).</source>
        <translation>已暂停：诊断器发现了 %1（第 %2 步）。</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <source>Inf/NaN values</source>
        <translation>Inf/NaN 值</translation>
    </message>
    <message>
        <source>Dead ReLUs</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <source>Saturated units</source>
        <translation>饱和的神经元</translation>
    </message>
    <message>
        <source>Unscaled inputs</source>
        <translation>输入未归一化</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>学习率太高</translation>
    </message>
    <message>
        <source>Learning rate too low</source>
        <translation>学习率太低</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>停滞（损失不再下降）</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation>欠拟合</translation>
    </message>
    <message>
        <source>Loss and output do not match</source>
        <translation>损失函数与输出层不匹配</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, such as 42%</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a kind of finding named in a sentence, as in: the doctor found “Dead ReLUs”</extracomment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>in the forward pass</source>
        <translation>在前向传播中</translation>
    </message>
    <message>
        <source>in the loss</source>
        <translation>在计算损失值时</translation>
    </message>
    <message>
        <source>in the backward pass</source>
        <translation>在反向传播中</translation>
    </message>
    <message>
        <source>in the weight update</source>
        <translation>在权重更新中</translation>
    </message>
    <message>
        <source>Lower the learning rate, clip gradients, pick an initialiser that keeps activations small (Xavier for tanh/sigmoid, He for ReLU), or normalise the inputs.</source>
        <translation>降低学习率、裁剪梯度、选择能让激活值保持较小的初始化方法（tanh/sigmoid 用 Xavier，ReLU 用 He），或对输入做归一化。</translation>
    </message>
    <message>
        <source>Lower the learning rate or clip gradients (global norm 1 is a good start); a deep net of sigmoid/tanh layers may also need another initialiser or BatchNorm.</source>
        <translation>降低学习率或裁剪梯度（全局范数可以先取 1）；由 sigmoid/tanh 层构成的深层网络可能还需要换一种初始化方法，或加入 BatchNorm。</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>expected an object with field &apos;%1&apos;, found %2</source>
        <translation>此处应为包含字段 &apos;%1&apos; 的对象，实际是 %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has the wrong type (%2)</source>
        <translation>字段 &apos;%1&apos; 的类型错误（%2）</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a whole number, not %2</source>
        <translation>字段 &apos;%1&apos; 必须是整数，而不是 %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, outside the allowed range %3 to %4</source>
        <translation>字段 &apos;%1&apos; 的值为 %2，超出了允许的范围 %3 到 %4</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has an unknown value &apos;%2&apos;</source>
        <translation>字段 &apos;%1&apos; 的值 &apos;%2&apos; 无法识别</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else 0</source>
        <extracomment>An activation&apos;s derivative; keep the symbols, ^{...} (superscript) and _{...} (subscript)</extracomment>
        <translation>f′(x) = 1（x &gt; 0 时），否则为 0</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else 0.01x</source>
        <extracomment>An activation; keep the symbols, ^{...} (superscript) and _{...} (subscript)</extracomment>
        <translation>f(x) = x（x &gt; 0 时），否则为 0.01x</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else 0.01</source>
        <extracomment>An activation&apos;s derivative; keep the symbols, ^{...} (superscript) and _{...} (subscript)</extracomment>
        <translation>f′(x) = 1（x &gt; 0 时），否则为 0.01</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else e^{x} − 1</source>
        <extracomment>An activation; keep the symbols, ^{...} (superscript) and _{...} (subscript)</extracomment>
        <translation>f(x) = x（x &gt; 0 时），否则为 e^{x} − 1</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else e^{x}</source>
        <extracomment>An activation&apos;s derivative; keep the symbols, ^{...} (superscript) and _{...} (subscript)</extracomment>
        <translation>f′(x) = 1（x &gt; 0 时），否则为 e^{x}</translation>
    </message>
    <message>
        <source>needs a momentum in [0, 1)</source>
        <extracomment>what is wrong with a layer, after its name (&quot;BatchNorm #2 needs ...&quot;)</extracomment>
        <translation>的动量必须在 [0, 1) 范围内</translation>
    </message>
    <message>
        <source>needs a positive epsilon</source>
        <extracomment>what is wrong with a layer, after its name (&quot;BatchNorm #2 needs ...&quot;)</extracomment>
        <translation>的 epsilon 必须为正数</translation>
    </message>
    <message>
        <source>expects an image input (height x width x channels) but receives %1: convolutions work on images, so put them before Flatten and use image data</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Conv2D #1 expects ...&quot;); %1 is a shape such as 784</extracomment>
        <translation>需要图像输入（高 x 宽 x 通道数），但收到的是 %1：卷积作用于图像，所以应把卷积层放在 Flatten 之前，并使用图像数据</translation>
    </message>
    <message>
        <source>needs at least 1 filter (has %1)</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Conv2D #1 needs ...&quot;)</extracomment>
        <translation>至少需要 1 个卷积核（当前为 %1）</translation>
    </message>
    <message>
        <source>needs a kernel of at least 1x1 (has %1)</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Conv2D #1 needs ...&quot;)</extracomment>
        <translation>的卷积核大小至少应为 1x1（当前为 %1）</translation>
    </message>
    <message>
        <source>needs a stride of at least 1 (has %1)</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Conv2D #1 needs ...&quot;)</extracomment>
        <translation>的步幅至少应为 1（当前为 %1）</translation>
    </message>
    <message>
        <source>cannot use softmax: softmax turns a layer&apos;s outputs into class probabilities and belongs on the Dense output layer; use relu here</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Conv2D #1 cannot ...&quot;); softmax, Dense and relu are names</extracomment>
        <translation>不能使用 softmax：softmax 把一层的输出变成各类别的概率，应放在 Dense 输出层上；这里请使用 relu</translation>
    </message>
    <message>
        <source>has a %1x%1 kernel but its input is only %2x%3: remove a pooling layer before it or use &apos;same&apos; padding</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Conv2D #1 has ...&quot;): a %1x%1 kernel, a %2x%3 input (height x width); &apos;same&apos; is a setting&apos;s name</extracomment>
        <translation>的卷积核为 %1x%1，但输入只有 %2x%3：请删除它前面的一个池化层，或使用 &apos;same&apos; 填充</translation>
    </message>
    <message>
        <source>expects a flat input but receives %1: add Flatten before it</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Dense #2 expects ...&quot;); %1 is a shape such as 26x26x32</extracomment>
        <translation>需要展平的输入，但收到的是 %1：请在它前面添加 Flatten</translation>
    </message>
    <message>
        <source>needs at least 1 unit (has %1)</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Dense #2 needs ...&quot;)</extracomment>
        <translation>至少需要 1 个神经元（当前为 %1）</translation>
    </message>
    <message>
        <source>needs a rate in [0, 1) (has %1): a rate of 1 would drop every unit</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Dropout #2 needs ...&quot;)</extracomment>
        <translation>的丢弃率必须在 [0, 1) 范围内（当前为 %1）：丢弃率为 1 会丢弃所有神经元</translation>
    </message>
    <message>
        <source>expects an image input (height x width x channels) but receives %1: it averages each feature map of a Conv2D, so use it after a Conv2D in place of Flatten</source>
        <extracomment>what is wrong with a layer, after its name (&quot;GlobalAvgPool #3 expects ...&quot;); %1 is a shape such as 784</extracomment>
        <translation>需要图像输入（高 x 宽 x 通道数），但收到的是 %1：它把 Conv2D 的每张特征图平均成一个数，所以应放在 Conv2D 之后，代替 Flatten</translation>
    </message>
    <message>
        <source>All weights 0: every unit stays identical (symmetry is never broken).</source>
        <translation>所有权重都为 0：每个神经元始终完全相同（对称性永远不会被打破）。</translation>
    </message>
    <message>
        <source>All weights the same value: units stay identical.</source>
        <translation>所有权重取同一个值：各神经元始终完全相同。</translation>
    </message>
    <message>
        <source>U(−a, a) with a chosen a.</source>
        <translation>U(−a, a)，a 由你指定。</translation>
    </message>
    <message>
        <source>N(0, s^{2}) with a chosen s.</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>N(0, s^{2})，s 由你指定。</translation>
    </message>
    <message>
        <source>Glorot uniform: U(−a, a), a = √(6 / (fan_{in} + fan_{out})); keeps variance for tanh/sigmoid.</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>Glorot 均匀初始化：U(−a, a)，a = √(6 / (fan_{in} + fan_{out}))；使 tanh/sigmoid 层的方差保持稳定。</translation>
    </message>
    <message>
        <source>Glorot normal: N(0, 2 / (fan_{in} + fan_{out})).</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>Glorot 正态初始化：N(0, 2 / (fan_{in} + fan_{out}))。</translation>
    </message>
    <message>
        <source>He/Kaiming uniform: U(−a, a), a = √(6 / fan_{in}); for ReLU.</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>He/Kaiming 均匀初始化：U(−a, a)，a = √(6 / fan_{in})；适用于 ReLU。</translation>
    </message>
    <message>
        <source>He/Kaiming normal: N(0, 2 / fan_{in}); for ReLU.</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>He/Kaiming 正态初始化：N(0, 2 / fan_{in})；适用于 ReLU。</translation>
    </message>
    <message>
        <source>LeCun uniform: U(−a, a), a = √(3 / fan_{in}).</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>LeCun 均匀初始化：U(−a, a)，a = √(3 / fan_{in})。</translation>
    </message>
    <message>
        <source>LeCun normal: N(0, 1 / fan_{in}); for SELU-like units.</source>
        <extracomment>A weight initialiser; keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>LeCun 正态初始化：N(0, 1 / fan_{in})；适用于 SELU 一类的神经元。</translation>
    </message>
    <message>
        <source>The model has no layers: add at least one Dense layer for the output.</source>
        <translation>模型中没有任何层：请至少添加一个 Dense 层作为输出层。</translation>
    </message>
    <message>
        <source>The data has no input features: choose a dataset with at least one input column.</source>
        <translation>数据中没有输入特征：请选择至少有一个输入列的数据集。</translation>
    </message>
    <message>
        <source>would output %1 values per sample, more than LayerLab can hold: use fewer units or filters</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Dense #2 would output ...&quot;)</extracomment>
        <translation>每个样本会输出 %1 个数值，超出了 LayerLab 能容纳的上限：请减少神经元或卷积核的数量</translation>
    </message>
    <message>
        <source>brings the model to %1 parameters, more than the %2 LayerLab can train: use fewer units or filters</source>
        <extracomment>what is wrong with a layer, after its name (&quot;Dense #2 brings ...&quot;); %1 and %2 are parameter counts</extracomment>
        <translation>使模型的参数达到 %1 个，超过了 LayerLab 能训练的上限 %2 个：请减少神经元或卷积核的数量</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a layer (&quot;Dense #2&quot;), %2 what is wrong with it (&quot;needs at least 1 unit (has 0)&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not available in this version of LayerLab</source>
        <extracomment>%1 is a layer kind (Conv2D, BatchNorm...)</extracomment>
        <translation>%1 在当前版本的 LayerLab 中不可用</translation>
    </message>
    <message>
        <source>expects an image input (height x width x channels) but receives %1: pooling shrinks feature maps, so put it after a Conv2D and before Flatten</source>
        <extracomment>what is wrong with a layer, after its name (&quot;MaxPool2D #3 expects ...&quot;); %1 is a shape such as 784</extracomment>
        <translation>需要图像输入（高 x 宽 x 通道数），但收到的是 %1：池化用于缩小特征图，所以应把它放在 Conv2D 之后、Flatten 之前</translation>
    </message>
    <message>
        <source>needs a window of at least 1x1 (has %1)</source>
        <extracomment>what is wrong with a layer, after its name (&quot;MaxPool2D #3 needs ...&quot;)</extracomment>
        <translation>需要至少 1x1 的窗口（当前为 %1）</translation>
    </message>
    <message>
        <source>has a %1x%1 window but its input is only %2x%3: use a smaller window or remove a pooling layer before it</source>
        <extracomment>what is wrong with a layer, after its name (&quot;MaxPool2D #3 has ...&quot;): a %1x%1 window, a %2x%3 input (height x width)</extracomment>
        <translation>的窗口为 %1x%1，但输入只有 %2x%3：请使用更小的窗口，或删除它前面的一个池化层</translation>
    </message>
    <message>
        <source>a layer has no &apos;type&apos;</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;; &apos;type&apos; is a JSON key</extracomment>
        <translation>有一层缺少 &apos;type&apos;</translation>
    </message>
    <message>
        <source>unknown layer type &apos;%1&apos;</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;; %1 is what the file says</extracomment>
        <translation>未知的层类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;padding&apos; must be &apos;valid&apos; or &apos;same&apos;, not &apos;%1&apos;</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;; &apos;padding&apos;, &apos;valid&apos; and &apos;same&apos; are JSON names</extracomment>
        <translation>字段 &apos;padding&apos; 必须是 &apos;valid&apos; 或 &apos;same&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the model needs a &apos;layers&apos; list</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;; &apos;layers&apos; is a JSON key</extracomment>
        <translation>模型需要一个 &apos;layers&apos; 列表</translation>
    </message>
    <message>
        <source>the model lists %1 layers; at most %2 are allowed</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;</extracomment>
        <translation>模型列出了 %1 层，但最多只允许 %2 层</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;; %1 is the layer&apos;s number (1 is the first), %2 what is wrong with it</extracomment>
        <translation>第 %1 层：%2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>Total params: %1</source>
        <translation>参数总数：%1</translation>
    </message>
    <message>
        <source>Trainable params: %1</source>
        <translation>可训练参数：%1</translation>
    </message>
    <message>
        <source>Non-trainable params: %1</source>
        <translation>不可训练参数：%1</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (&apos;%4&apos;): &apos;%5&apos; is not a finite number (or too large for a 32-bit float). Correct the cell, or empty it to mark it as missing.</source>
        <translation>%1：第 %2 行第 %3 列（&apos;%4&apos;）：&apos;%5&apos; 不是有限的数值（或超出了 32 位浮点数的范围）。请修改该单元格，或将其清空，标记为缺失值。</translation>
    </message>
    <message>
        <source>%1: column %2 (&apos;%3&apos;) has no values in any row. Delete the column (a delimiter at the end of every line makes such a column).</source>
        <translation>%1：第 %2 列（&apos;%3&apos;）在所有行中都没有值。请删除这一列（每行末尾多一个分隔符就会产生这样的列）。</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (&apos;%4&apos;): &apos;%5&apos; is not a number, but most cells of this column are numbers. Correct the cell (write numbers without units or thousands separators), or empty it to mark it as missing.</source>
        <translation>%1：第 %2 行第 %3 列（&apos;%4&apos;）：&apos;%5&apos; 不是数字，而这一列的大多数单元格都是数字。请修改该单元格（数字不要带单位或千位分隔符），或将其清空，标记为缺失值。</translation>
    </message>
    <message>
        <source>%1: there is no column %2 to use as the label; the file has %3 columns. Set the label column to a number from 1 to %3, or to a column name.</source>
        <extracomment>%2 is the column number asked for, %3 how many columns the file has</extracomment>
        <translation>%1：没有可用作标签的第 %2 列；该文件只有 %3 列。请把标签列设为 1 到 %3 之间的数字，或设为某一列的列名。</translation>
    </message>
    <message>
        <source>%1: there is no label column named &apos;%2&apos;. The columns are: %3. Set the label column to one of these names, or to a column number (1 = first).</source>
        <extracomment>%3 is the list of the file&apos;s column names</extracomment>
        <translation>%1：没有名为 &apos;%2&apos; 的标签列。现有的列为：%3。请把标签列设为其中一个列名，或设为列号（1 = 第一列）。</translation>
    </message>
    <message>
        <source>%1: there is no label column named &apos;%2&apos; (the file has no header row, so its columns are named column 1, column 2, ...). The columns are: %3. Set the label column to one of these names, or to a column number (1 = first).</source>
        <translation>%1：没有名为 &apos;%2&apos; 的标签列（该文件没有表头行，所以各列依次名为 column 1、column 2 等）。现有的列为：%3。请把标签列设为其中一个列名，或设为列号（1 = 第一列）。</translation>
    </message>
    <message>
        <source>The CSV task must be auto, classification or regression, not &apos;%1&apos;. Set it to one of these.</source>
        <translation>CSV 任务类型必须是 auto、classification 或 regression，而不是 &apos;%1&apos;。请设为其中之一。</translation>
    </message>
    <message>
        <source>%1 is empty. Choose a CSV file with a header row and at least one data row.</source>
        <translation>%1 是空文件。请选择一个有表头行、且至少有一行数据的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 text. Save it again as CSV in UTF-8 (&quot;CSV UTF-8&quot; in a spreadsheet&apos;s Save As).</source>
        <translation>%1 是以 UTF-16 编码保存的文本。请把它重新保存为 UTF-8 编码的 CSV（在电子表格软件的“另存为”中选择“CSV UTF-8”）。</translation>
    </message>
    <message>
        <source>%1 is a gzip-compressed file, not CSV text. Decompress it first (gunzip), then load the .csv.</source>
        <translation>%1 是 gzip 压缩文件，不是 CSV 文本。请先解压（gunzip），再加载得到的 .csv 文件。</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV text. Export the sheet as CSV (comma-separated values), then load that.</source>
        <translation>%1 是 zip 文件或 Excel 工作簿，不是 CSV 文本。请把工作表导出为 CSV（逗号分隔值）文件，再加载它。</translation>
    </message>
    <message>
        <source>%1 contains a NUL byte (at byte %2): it is a binary file, not CSV text. Export the data as CSV (comma-separated values) and load that.</source>
        <translation>%1 含有 NUL 字节（在第 %2 字节处）：它是二进制文件，不是 CSV 文本。请把数据导出为 CSV（逗号分隔值）文件，再加载它。</translation>
    </message>
    <message>
        <source>%1 holds no rows, only blank lines. Choose a CSV file with a header row and data rows.</source>
        <translation>%1 中没有数据行，只有空行。请选择一个有表头行和数据行的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cell but row %4 (the header) has %5. Every row needs the same number of cells: look for a missing or extra delimiter in row %2, or put quotes around a cell that contains the delimiter.</source>
        <extracomment>%2 is a row number, %3 its number of cells, %4 the first row&apos;s number, %5 its number of cells</extracomment>
        <translation>%1：第 %2 行有 %3 个单元格，而第 %4 行（表头行）有 %5 个。每一行的单元格数量必须相同：请检查第 %2 行是否缺少或多出了分隔符，或者给含有分隔符的单元格加上引号。</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cell but row %4 has %5. Every row needs the same number of cells: look for a missing or extra delimiter in row %2, or put quotes around a cell that contains the delimiter.</source>
        <translation>%1：第 %2 行有 %3 个单元格，而第 %4 行有 %5 个。每一行的单元格数量必须相同：请检查第 %2 行是否缺少或多出了分隔符，或者给含有分隔符的单元格加上引号。</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cells but row %4 (the header) has %5. Every row needs the same number of cells: look for a missing or extra delimiter in row %2, or put quotes around a cell that contains the delimiter.</source>
        <translation>%1：第 %2 行有 %3 个单元格，而第 %4 行（表头行）有 %5 个。每一行的单元格数量必须相同：请检查第 %2 行是否缺少或多出了分隔符，或者给含有分隔符的单元格加上引号。</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cells but row %4 has %5. Every row needs the same number of cells: look for a missing or extra delimiter in row %2, or put quotes around a cell that contains the delimiter.</source>
        <translation>%1：第 %2 行有 %3 个单元格，而第 %4 行有 %5 个。每一行的单元格数量必须相同：请检查第 %2 行是否缺少或多出了分隔符，或者给含有分隔符的单元格加上引号。</translation>
    </message>
    <message>
        <source>%1 has a header row but no data rows. Add at least one row of data below the header.</source>
        <translation>%1 只有表头行，没有数据行。请在表头行下面至少添加一行数据。</translation>
    </message>
    <message>
        <source>%1: columns %2 and %3 are both named &apos;%4&apos;. Rename one of them in the header row.</source>
        <translation>%1：第 %2 列和第 %3 列都叫 &apos;%4&apos;。请在表头行中给其中一列改名。</translation>
    </message>
    <message>
        <source>%1 has only one column (&apos;%2&apos;). A data set needs at least one input column besides the label column. Add an input column, or check that the cells are separated by &apos;,&apos; or &apos;;&apos;.</source>
        <translation>%1 只有一列（&apos;%2&apos;）。数据集除了标签列之外，至少还需要一个输入列。请添加一个输入列，或检查单元格是否用 &apos;,&apos; 或 &apos;;&apos; 分隔。</translation>
    </message>
    <message>
        <source>%1: column %2 (&apos;%3&apos;) holds %4 different texts; LayerLab turns a text column into one input per value and stops at %5. It looks like a name or an identifier. Delete the column.</source>
        <translation>%1：第 %2 列（&apos;%3&apos;）含有 %4 种不同的文本；LayerLab 会把文本列的每个取值变成一个输入，最多 %5 个。这一列看起来是名称或编号。请删除这一列。</translation>
    </message>
    <message>
        <source>%1: the label column %2 (&apos;%3&apos;) holds text (such as &apos;%4&apos;), and regression needs numbers. Choose classification, or another label column.</source>
        <translation>%1：标签列（第 %2 列，&apos;%3&apos;）含有文本（例如 &apos;%4&apos;），而回归需要数字。请选择分类，或换一个标签列。</translation>
    </message>
    <message>
        <source>%1: the label column %2 (&apos;%3&apos;) holds fractional numbers, which cannot be class numbers. Choose regression, or another label column.</source>
        <translation>%1：标签列（第 %2 列，&apos;%3&apos;）含有小数，小数不能作为类别编号。请选择回归，或换一个标签列。</translation>
    </message>
    <message>
        <source>%1: the label column %2 (&apos;%3&apos;) has more than %4 different values, too many classes to learn. Choose regression, or another label column.</source>
        <translation>%1：标签列（第 %2 列，&apos;%3&apos;）有超过 %4 个不同的值，类别太多，无法学习。请选择回归，或换一个标签列。</translation>
    </message>
    <message>
        <source>%1: the label column %2 (&apos;%3&apos;) has only one value (&apos;%4&apos;), and a classifier needs at least two classes. Choose another label column.</source>
        <translation>%1：标签列（第 %2 列，&apos;%3&apos;）只有一个值（&apos;%4&apos;），而分类模型至少需要两个类别。请换一个标签列。</translation>
    </message>
    <message>
        <source>Cannot find the CSV file &apos;%1&apos;. Check the folder and the file name.</source>
        <translation>找不到 CSV 文件 &apos;%1&apos;。请检查文件夹和文件名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a CSV file. Choose a .csv file inside it.</source>
        <translation>&apos;%1&apos; 是文件夹，不是 CSV 文件。请选择其中的一个 .csv 文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB LayerLab reads from a CSV file. Load a sample of its rows saved as a smaller file.</source>
        <translation>%1 有 %2 MB，超过了 LayerLab 能从 CSV 文件读取的上限 %3 MB。请取出其中一部分行另存为较小的文件，再加载它。</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;. Check that the file is readable and not locked by another program.</source>
        <translation>无法读取 &apos;%1&apos;。请检查该文件是否可读，以及是否被其他程序锁定。</translation>
    </message>
    <message>
        <source>%1: row %2, column %3: a quoted cell starts here but its closing quote is missing (unterminated quote). Add the closing &quot; and write a quote inside a quoted cell as &quot;&quot;.</source>
        <translation>%1：第 %2 行第 %3 列：一个带引号的单元格从这里开始，但缺少结尾的引号（引号未闭合）。请补上结尾的 &quot;；带引号的单元格内部的引号要写成 &quot;&quot;。</translation>
    </message>
    <message>
        <source>%1: row %2, column %3: there is text after the closing quote of a quoted cell. Put the whole cell in quotes and write each quote inside it as &quot;&quot;.</source>
        <translation>%1：第 %2 行第 %3 列：带引号的单元格在结尾的引号之后还有文本。请用引号括起整个单元格，并把其中的每个引号写成 &quot;&quot;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a built-in data set nor a file that exists. Choose one of: %2, fashion-mnist; or give the path of a .csv file or of an IDX images file.</source>
        <extracomment>%2 is the list of the built-in data sets&apos; names</extracomment>
        <translation>&apos;%1&apos; 既不是内置数据集，也不是存在的文件。请从以下选择一个：%2, fashion-mnist；或者给出 .csv 文件或 IDX 图像文件的路径。</translation>
    </message>
    <message>
        <source>Cannot tell which labels file belongs to &apos;%1&apos;. Name the pair like train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, side by side in one folder.</source>
        <translation>无法确定哪个标签文件属于 &apos;%1&apos;。请像 train-images-idx3-ubyte.gz 和 train-labels-idx1-ubyte.gz 这样给这对文件命名，并把它们放在同一个文件夹中。</translation>
    </message>
    <message>
        <source>Built-in data sets (generated from the seed; inputs span about -1 to 1):</source>
        <translation>内置数据集（由随机种子生成；输入范围约为 -1 到 1）：</translation>
    </message>
    <message>
        <source>Image data:</source>
        <translation>图像数据：</translation>
    </message>
    <message>
        <source>MNIST-style IDX images, with the labels file of the same name (labels-idx1) beside it.</source>
        <translation>MNIST 格式的 IDX 图像，旁边要有同名的标签文件（labels-idx1）。</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>表格：</translation>
    </message>
    <message>
        <source>A CSV table, one row per sample; the last column is the label unless another is chosen.</source>
        <translation>CSV 表格，每行一个样本；除非另行指定，最后一列是标签。</translation>
    </message>
    <message>
        <source>The data source &apos;%1&apos; is unknown. Choose one of: %2, fashion-mnist, csv or idx.</source>
        <extracomment>%2 is the list of the built-in data sets&apos; names</extracomment>
        <translation>未知的数据来源 &apos;%1&apos;。请从以下选择一个：%2, fashion-mnist, csv 或 idx。</translation>
    </message>
    <message>
        <source>The sample count %1 is out of range. Choose between %2 and %3.</source>
        <translation>样本数 %1 超出范围。请在 %2 到 %3 之间选择。</translation>
    </message>
    <message>
        <source>The noise must be between 0 and %1 (inputs span about -1 to 1). Choose a value such as 0.1.</source>
        <translation>噪声必须在 0 到 %1 之间（输入范围约为 -1 到 1）。请选择一个值，例如 0.1。</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; data set has 3 to 5 classes, not %2. Set the class count to 3, 4 or 5.</source>
        <translation>&apos;%1&apos; 数据集只能有 3 到 5 个类别，不能是 %2 个。请把类别数设为 3、4 或 5。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a derived feature. Choose from x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2).</source>
        <translation>&apos;%1&apos; 不是派生特征。请从 x1、x2、x1^2、x2^2、x1*x2、sin(x1)、sin(x2) 中选择。</translation>
    </message>
    <message>
        <source>Derived features (x1^2, sin(x1), ...) exist only for the built-in two-input data sets, not for &apos;%1&apos;. Clear the feature list.</source>
        <translation>派生特征（x1^2、sin(x1) 等）只适用于有两个输入的内置数据集，不适用于 &apos;%1&apos;。请清空特征列表。</translation>
    </message>
    <message>
        <source>No CSV file is chosen. Choose the .csv file to load.</source>
        <translation>尚未选择 CSV 文件。请选择要加载的 .csv 文件。</translation>
    </message>
    <message>
        <source>An IDX data set needs both an images file and a labels file. Choose both files.</source>
        <translation>IDX 数据集需要一个图像文件和一个标签文件。请选择这两个文件。</translation>
    </message>
    <message>
        <source>The CSV task must be one of auto, classification, regression, not &apos;%1&apos;. Choose one of these.</source>
        <translation>CSV 任务类型必须是 auto、classification、regression 之一，而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>The sample limit cannot be negative. Use 0 for all images, or a positive count.</source>
        <translation>样本数上限不能为负数。填 0 表示使用全部图像，或者填一个正数。</translation>
    </message>
    <message>
        <source>The missing-value rule must be one of drop, mean, median, most-frequent, not &apos;%1&apos;. Choose one of these.</source>
        <translation>缺失值处理方式必须是 drop、mean、median、most-frequent 之一，而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>The outlier treatment must be one of keep, drop, clip, not &apos;%1&apos;. Choose one of these.</source>
        <translation>异常值处理方式必须是 keep、drop、clip 之一，而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>The outlier rule must be one of zscore, iqr, not &apos;%1&apos;. Choose one of these.</source>
        <translation>异常值判定规则必须是 zscore、iqr 之一，而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>The normalisation must be one of none, minmax, zscore, not &apos;%1&apos;. Choose one of these.</source>
        <translation>归一化方式必须是 none、minmax、zscore 之一，而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>The validation fraction must be at least 0 and below 1. Choose for example 0.2.</source>
        <translation>验证集比例必须大于或等于 0 且小于 1。例如可以选 0.2。</translation>
    </message>
    <message>
        <source>The test fraction must be at least 0 and below 1. Choose for example 0.1, or 0 for no test set.</source>
        <translation>测试集比例必须大于或等于 0 且小于 1。例如可以选 0.1；选 0 表示不要测试集。</translation>
    </message>
    <message>
        <source>The validation and test fractions together must stay below 1, so that samples are left for training. Lower one of them.</source>
        <translation>验证集比例与测试集比例之和必须小于 1，这样才能留下样本用于训练。请降低其中一个。</translation>
    </message>
    <message>
        <source>The project file&apos;s data field &apos;%1&apos; must be text in quotes, but it is %2. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据字段 &apos;%1&apos; 必须是带引号的文本，但它是 %2。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data field &apos;%1&apos; must be a whole number, but it is %2. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据字段 &apos;%1&apos; 必须是整数，但它是 %2。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data field &apos;%1&apos; must be a number, but it is %2. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据字段 &apos;%1&apos; 必须是数字，但它是 %2。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data field &apos;%1&apos; must be a finite number, but it is %2. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据字段 &apos;%1&apos; 必须是有限的数值，但它是 %2。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data field &apos;%1&apos; must be true or false, but it is %2. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据字段 &apos;%1&apos; 必须是 true 或 false，但它是 %2。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data field &apos;%1&apos; must be a list of texts such as [&quot;x1&quot;, &quot;x1^2&quot;], but it is %2. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据字段 &apos;%1&apos; 必须是文本列表，例如 [&quot;x1&quot;, &quot;x1^2&quot;]，但它是 %2。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data section must be an object ({&quot;source&quot;: ...}), but it is %1. Correct it in the file, or choose the data again in LayerLab and save.</source>
        <translation>项目文件中的数据部分必须是一个对象（{&quot;source&quot;: ...}），但它是 %1。请在文件中改正，或在 LayerLab 中重新选择数据并保存。</translation>
    </message>
    <message>
        <source>The project file&apos;s data section cannot be used: %1</source>
        <translation>项目文件中的数据部分无法使用：%1</translation>
    </message>
    <message>
        <source>images of %1 (height x width x channels)</source>
        <translation>图像尺寸 %1（高 x 宽 x 通道数）</translation>
    </message>
    <message>
        <source>%1 input column</source>
        <translation>%1 个输入列</translation>
    </message>
    <message>
        <source>%1 input columns</source>
        <translation>%1 个输入列</translation>
    </message>
    <message>
        <source>classification into %1 classes</source>
        <translation>分类，共 %1 个类别</translation>
    </message>
    <message>
        <source>regression of %1 target</source>
        <translation>回归，%1 个目标值</translation>
    </message>
    <message>
        <source>regression of %1 targets</source>
        <translation>回归，%1 个目标值</translation>
    </message>
    <message>
        <source>%1: %2 rows (samples), %3, %4</source>
        <extracomment>the first line of `layerlab-cli data`: %1 is the data set&apos;s name, %2 its number of rows, %3 its inputs (&quot;2 input columns&quot;, &quot;images of 28x28x1 (...)&quot;), %4 its task (&quot;classification into 10 classes&quot;)</extracomment>
        <translation>%1：%2 行（样本），%3，%4</translation>
    </message>
    <message>
        <source>column                   min        max        mean       std        missing</source>
        <extracomment>the heading of a table: keep each word&apos;s column aligned with the numbers below (column = the data&apos;s column)</extracomment>
        <translation>列名                     最小值     最大值     均值       标准差     缺失数</translation>
    </message>
    <message>
        <source>... and %1 more input columns</source>
        <translation>... 另有 %1 个输入列</translation>
    </message>
    <message>
        <source>all %1 pixels</source>
        <translation>全部 %1 个像素</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <extracomment>a row of a table: %1 is the name of a regression target</extracomment>
        <translation>%1（目标值）</translation>
    </message>
    <message>
        <source>class counts:</source>
        <translation>各类别的样本数：</translation>
    </message>
    <message>
        <source>(missing label)</source>
        <translation>（缺少标签）</translation>
    </message>
    <message>
        <source>(label out of range)</source>
        <translation>（标签超出范围）</translation>
    </message>
    <message>
        <source>Derived features (x1^2, sin(x1), ...) are made from the inputs x1 and x2 of a built-in one- or two-input data set, and &apos;%1&apos; has %2 inputs. Clear the feature list.</source>
        <translation>派生特征（x1^2、sin(x1) 等）由有一个或两个输入的内置数据集的输入 x1 和 x2 计算得到，而 &apos;%1&apos; 有 %2 个输入。请清空特征列表。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a derived feature. Choose from: %2.</source>
        <translation>&apos;%1&apos; 不是派生特征。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>The feature &apos;%1&apos; is listed twice. List each feature once.</source>
        <translation>特征 &apos;%1&apos; 列出了两次。每个特征只需列出一次。</translation>
    </message>
    <message>
        <source>The feature &apos;%1&apos; needs a second input, but &apos;%2&apos; has only x1. Use x1, x1^2 or sin(x1).</source>
        <translation>特征 &apos;%1&apos; 需要第二个输入，但 &apos;%2&apos; 只有 x1。请使用 x1、x1^2 或 sin(x1)。</translation>
    </message>
    <message>
        <source>Two classes: a disc of points inside a ring; needs a curved boundary.</source>
        <translation>两个类别：一个圆盘状的点群被一个圆环包围；需要弯曲的边界。</translation>
    </message>
    <message>
        <source>Two classes by quadrant: same-sign corners against opposite-sign corners; no straight line separates them.</source>
        <translation>按象限分成两个类别：两坐标同号的两个角对两坐标异号的两个角；任何一条直线都无法把它们分开。</translation>
    </message>
    <message>
        <source>Two round clouds of points; a single straight line separates them.</source>
        <translation>两团圆形的点云；一条直线就能把它们分开。</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms; the hardest two-class picture, needs hidden layers.</source>
        <translation>两条交错的螺旋臂；最难的二分类图形，需要隐藏层。</translation>
    </message>
    <message>
        <source>Two interlocking half-moons; needs a bent boundary.</source>
        <translation>两个相互咬合的半月形；需要弯曲的边界。</translation>
    </message>
    <message>
        <source>Two classes on a 4x4 checkerboard; needs many boundary pieces.</source>
        <translation>4x4 棋盘格上的两个类别；需要由许多段组成的边界。</translation>
    </message>
    <message>
        <source>3 to 5 round clouds, one per class, for softmax classification.</source>
        <translation>3 到 5 团圆形的点云，每个类别一团，用于 softmax 分类。</translation>
    </message>
    <message>
        <source>3 to 5 interleaved spiral arms, one per class.</source>
        <translation>3 到 5 条交错的螺旋臂，每个类别一条。</translation>
    </message>
    <message>
        <source>Regression on a tilted plane, y = (x1 + x2) / 2.</source>
        <translation>回归：一个倾斜的平面，y = (x1 + x2) / 2。</translation>
    </message>
    <message>
        <source>Regression on six bumps of alternating sign over the plane.</source>
        <translation>回归：平面上六个正负交替的凸起。</translation>
    </message>
    <message>
        <source>One-input regression on one period of a sine wave, y = sin(pi * x1).</source>
        <translation>单输入回归：正弦波的一个周期，y = sin(pi * x1)。</translation>
    </message>
    <message>
        <source>One-input regression on a straight line, y = 0.8 * x1 + 0.2.</source>
        <translation>单输入回归：一条直线，y = 0.8 * x1 + 0.2。</translation>
    </message>
    <message>
        <source>The textbook linear regression y = 2 * x1 - 3 * x2 + 0.5 plus noise; a single neuron can recover w1, w2 and b.</source>
        <translation>教材中的线性回归 y = 2 * x1 - 3 * x2 + 0.5，再加上噪声；单个神经元就能求出 w1、w2 和 b。</translation>
    </message>
    <message>
        <source>There is no built-in data set named &apos;%1&apos;. Choose one of: %2.</source>
        <translation>没有名为 &apos;%1&apos; 的内置数据集。请从以下选择一个：%2。</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; data set cannot have %2 samples. Choose a sample count between %3 and %4.</source>
        <translation>&apos;%1&apos; 数据集不能有 %2 个样本。请把样本数设在 %3 到 %4 之间。</translation>
    </message>
    <message>
        <source>The noise of the &apos;%1&apos; data set must be between 0 and %2 (inputs span about -1 to 1); set it to a value such as 0.1.</source>
        <translation>&apos;%1&apos; 数据集的噪声必须在 0 到 %2 之间（输入范围约为 -1 到 1）；请设为 0.1 之类的值。</translation>
    </message>
    <message>
        <source>Cannot find the IDX images file &apos;%1&apos;. Check the folder and the file name.</source>
        <translation>找不到 IDX 图像文件 &apos;%1&apos;。请检查文件夹和文件名。</translation>
    </message>
    <message>
        <source>Cannot find the IDX labels file &apos;%1&apos;. Check the folder and the file name.</source>
        <translation>找不到 IDX 标签文件 &apos;%1&apos;。请检查文件夹和文件名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not an IDX images file. Choose the file inside it.</source>
        <translation>&apos;%1&apos; 是文件夹，不是 IDX 图像文件。请选择其中的文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not an IDX labels file. Choose the file inside it.</source>
        <translation>&apos;%1&apos; 是文件夹，不是 IDX 标签文件。请选择其中的文件。</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;. Check that the file is readable.</source>
        <translation>无法打开 &apos;%1&apos;。请检查该文件是否可读。</translation>
    </message>
    <message>
        <source>%1 is damaged: its compressed data cannot be read (zlib: %2). Download the file again.</source>
        <extracomment>%2 is zlib&apos;s own description of the error, in English</extracomment>
        <translation>%1 已损坏：其中的压缩数据无法读取（zlib：%2）。请重新下载该文件。</translation>
    </message>
    <message>
        <source>%1 is too short to be an IDX images file (%2 bytes). Choose an MNIST-style file such as train-images-idx3-ubyte.gz.</source>
        <translation>%1 太短（%2 字节），不可能是 IDX 图像文件。请选择 MNIST 格式的文件，例如 train-images-idx3-ubyte.gz。</translation>
    </message>
    <message>
        <source>%1 is too short to be an IDX labels file (%2 bytes). Choose an MNIST-style file such as train-labels-idx1-ubyte.gz.</source>
        <translation>%1 太短（%2 字节），不可能是 IDX 标签文件。请选择 MNIST 格式的文件，例如 train-labels-idx1-ubyte.gz。</translation>
    </message>
    <message>
        <source>%1 is not an IDX file: it starts with the bytes %2 (wrong magic number; an IDX images file starts with 00 00 08 03). Choose an MNIST-style images file.</source>
        <extracomment>%2 is the file&apos;s first four bytes in hexadecimal, such as 89 50 4E 47</extracomment>
        <translation>%1 不是 IDX 文件：它以字节 %2 开头（魔数错误；IDX 图像文件应以 00 00 08 03 开头）。请选择 MNIST 格式的图像文件。</translation>
    </message>
    <message>
        <source>%1 is not an IDX file: it starts with the bytes %2 (wrong magic number; an IDX labels file starts with 00 00 08 01). Choose an MNIST-style labels file.</source>
        <translation>%1 不是 IDX 文件：它以字节 %2 开头（魔数错误；IDX 标签文件应以 00 00 08 01 开头）。请选择 MNIST 格式的标签文件。</translation>
    </message>
    <message>
        <source>%1 stores IDX values of type 0x%2; LayerLab reads unsigned-byte IDX files (type 0x08), as MNIST and Fashion-MNIST use. Convert the file to unsigned bytes.</source>
        <translation>%1 存储的 IDX 数值类型为 0x%2；LayerLab 只读取无符号字节类型（0x08）的 IDX 文件，MNIST 和 Fashion-MNIST 用的就是这种类型。请把文件转换为无符号字节。</translation>
    </message>
    <message>
        <source>%1 is an IDX labels file, but it was given as the images file. Swap the images and labels files.</source>
        <translation>%1 是 IDX 标签文件，却被指定为图像文件。请交换图像文件和标签文件。</translation>
    </message>
    <message>
        <source>%1 is an IDX images file, but it was given as the labels file. Swap the images and labels files.</source>
        <translation>%1 是 IDX 图像文件，却被指定为标签文件。请交换图像文件和标签文件。</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions (magic number %3), but an IDX images file has 3 (magic 00 00 08 03). Choose an MNIST-style images file.</source>
        <extracomment>%2 is a number of dimensions, %3 the file&apos;s first four bytes in hexadecimal</extracomment>
        <translation>%1 有 %2 个维度（魔数 %3），但 IDX 图像文件应有 3 个维度（魔数 00 00 08 03）。请选择 MNIST 格式的图像文件。</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions (magic number %3), but an IDX labels file has 1 (magic 00 00 08 01). Choose an MNIST-style labels file.</source>
        <translation>%1 有 %2 个维度（魔数 %3），但 IDX 标签文件应有 1 个维度（魔数 00 00 08 01）。请选择 MNIST 格式的标签文件。</translation>
    </message>
    <message>
        <source>%1 ends inside its header: the file is truncated. Download it again.</source>
        <translation>%1 在文件头中间就结束了：文件被截断了。请重新下载。</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <source>%1 holds no images (its header says 0). Choose a file with images in it.</source>
        <translation>%1 中没有图像（文件头写的是 0）。请选择含有图像的文件。</translation>
    </message>
    <message>
        <source>%1: its header claims images of %2x%3 pixels, which cannot be. The header is damaged. Download the file again.</source>
        <extracomment>%2x%3 is the height and width of an image in pixels</extracomment>
        <translation>%1：文件头声称图像为 %2x%3 像素，这是不可能的。文件头已损坏。请重新下载该文件。</translation>
    </message>
    <message>
        <source>%1: its header claims %2 of %3x%4 pixels, more than LayerLab loads (at most %5 images, %6 pixels a side, %7 pixels in all). The header is damaged or the file is not an image set. Download it again, or choose an MNIST-style images file.</source>
        <extracomment>%2 is a count of images (&quot;60000 images&quot;), %3x%4 the height and width of an image in pixels</extracomment>
        <translation>%1：文件头声称有 %2，每张 %3x%4 像素，超过了 LayerLab 能加载的上限（最多 %5 张图像，边长最多 %6 像素，总共最多 %7 像素）。文件头已损坏，或者这不是图像数据集文件。请重新下载，或选择 MNIST 格式的图像文件。</translation>
    </message>
    <message>
        <source>%1 holds %2 but %3 holds %4: the counts do not match. Choose the labels file that belongs to these images (train-images with train-labels, t10k-images with t10k-labels).</source>
        <extracomment>%2 is a count of images (&quot;60000 images&quot;), %4 a count of labels (&quot;60000 labels&quot;)</extracomment>
        <translation>%1 含有 %2，而 %3 含有 %4：数量不一致。请选择与这些图像配套的标签文件（train-images 配 train-labels，t10k-images 配 t10k-labels）。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, but its header describes %3 of %4x%5 (%6 bytes): the file is truncated. Download it again.</source>
        <extracomment>%2 and %6 are sizes in bytes, %3 a count of images (&quot;60000 images&quot;), %4x%5 the height and width of an image</extracomment>
        <translation>%1 有 %2 字节，但文件头描述的是 %3，每张 %4x%5（共 %6 字节）：文件被截断了。请重新下载。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, but its header describes %3 of %4x%5 (%6 bytes): the file is longer than its header says. Download it again.</source>
        <translation>%1 有 %2 字节，但文件头描述的是 %3，每张 %4x%5（共 %6 字节）：文件比文件头所说的更长。请重新下载。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, but its header describes %3 (%4 bytes): the file is truncated. Download it again.</source>
        <extracomment>%2 and %4 are sizes in bytes, %3 a count of labels (&quot;60000 labels&quot;)</extracomment>
        <translation>%1 有 %2 字节，但文件头描述的是 %3（共 %4 字节）：文件被截断了。请重新下载。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, but its header describes %3 (%4 bytes): the file is longer than its header says. Download it again.</source>
        <translation>%1 有 %2 字节，但文件头描述的是 %3（共 %4 字节）：文件比文件头所说的更长。请重新下载。</translation>
    </message>
    <message>
        <source>%1 is truncated: its header says %2, but the data ends after %3. Download the file again.</source>
        <extracomment>%2 and %3 are counts of images (&quot;60000 images&quot;)</extracomment>
        <translation>%1 不完整：文件头写的是 %2，但数据在 %3 之后就结束了。请重新下载该文件。</translation>
    </message>
    <message>
        <source>%1 holds more data than its header describes (%2 of %3x%4): the file is damaged. Download it again.</source>
        <extracomment>%2 is a count of images (&quot;60000 images&quot;), %3x%4 the height and width of an image</extracomment>
        <translation>%1 含有的数据比文件头描述的（%2，每张 %3x%4）更多：文件已损坏。请重新下载。</translation>
    </message>
    <message>
        <source>%1 holds more data than its header describes (%2): the file is damaged. Download it again.</source>
        <extracomment>%2 is a count of labels (&quot;60000 labels&quot;)</extracomment>
        <translation>%1 含有的数据比文件头描述的（%2）更多：文件已损坏。请重新下载。</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed: %1 is missing. Install the dataset-fashion-mnist package, or set LAYERLAB_FASHION_MNIST_DIR to a folder holding the four Fashion-MNIST .gz files.</source>
        <translation>Fashion-MNIST 未安装：缺少 %1。请安装 dataset-fashion-mnist 软件包，或把 LAYERLAB_FASHION_MNIST_DIR 设为存放 4 个 Fashion-MNIST .gz 文件的文件夹。</translation>
    </message>
    <message>
        <source>%1 holds the label %2, but Fashion-MNIST has the labels 0 to 9. Reinstall dataset-fashion-mnist.</source>
        <translation>%1 中含有标签 %2，但 Fashion-MNIST 的标签只有 0 到 9。请重新安装 dataset-fashion-mnist。</translation>
    </message>
    <message>
        <source>Normalisation must be none, minmax or zscore, not &apos;%1&apos;. Choose one of these.</source>
        <translation>归一化方式必须是 none、minmax 或 zscore，而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>The normaliser was fitted on %1 input features but is applied to %2. Prepare the data again.</source>
        <translation>归一化器是在 %1 个输入特征上拟合的，却被用于 %2 个特征。请重新准备数据。</translation>
    </message>
    <message>
        <source>%1 sample</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <source>%1 training sample</source>
        <translation>%1 个训练样本</translation>
    </message>
    <message>
        <source>%1 training samples</source>
        <translation>%1 个训练样本</translation>
    </message>
    <message>
        <source>%1 input</source>
        <translation>%1 个输入</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 个输入</translation>
    </message>
    <message>
        <source>%1 class</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>%1 duplicate</source>
        <translation>%1 条重复数据</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 条重复数据</translation>
    </message>
    <message>
        <source>Dropped %1 without a label from the validation set.</source>
        <extracomment>%1 is a count of samples (&quot;3 samples&quot;)</extracomment>
        <translation>从验证集中删除了缺少标签的 %1。</translation>
    </message>
    <message>
        <source>Dropped %1 without a label.</source>
        <translation>删除了缺少标签的 %1。</translation>
    </message>
    <message>
        <source>Removed %1 from the validation set.</source>
        <extracomment>%1 is a count of duplicates (&quot;12 duplicates&quot;)</extracomment>
        <translation>从验证集中删除了 %1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>删除了 %1。</translation>
    </message>
    <message>
        <source>Dropped %1 with missing cells from the validation set (%2).</source>
        <extracomment>%1 is a count of samples (&quot;3 samples&quot;), %2 the missing cells per column (&quot;2 cells in &apos;age&apos;, 1 in &apos;income&apos;&quot;)</extracomment>
        <translation>从验证集中删除了含有缺失值的 %1（%2）。</translation>
    </message>
    <message>
        <source>Dropped %1 with missing cells (%2).</source>
        <translation>删除了含有缺失值的 %1（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2, %3, %4.</source>
        <extracomment>%1 is the data set&apos;s name, %2 a count of samples, %3 a count of inputs, %4 a count of classes</extracomment>
        <translation>&apos;%1&apos;：%2，%3，%4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2, %3, regression.</source>
        <extracomment>%1 is the data set&apos;s name, %2 a count of samples, %3 a count of inputs</extracomment>
        <translation>&apos;%1&apos;：%2，%3，回归。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2, images of %3, %4.</source>
        <extracomment>%1 is the data set&apos;s name, %2 a count of samples, %3 the image size (28x28x1), %4 a count of classes</extracomment>
        <translation>&apos;%1&apos;：%2，图像尺寸 %3，%4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2, images of %3, regression.</source>
        <translation>&apos;%1&apos;：%2，图像尺寸 %3，回归。</translation>
    </message>
    <message>
        <source>Validation on %1 of the official test set.</source>
        <extracomment>%1 is a count of images (&quot;10000 images&quot;)</extracomment>
        <translation>验证使用官方测试集中的 %1。</translation>
    </message>
    <message>
        <source>No training samples are left after cleaning and splitting &apos;%1&apos;. Use more data, lower the validation and test fractions, or drop fewer rows.</source>
        <translation>对 &apos;%1&apos; 进行清洗和划分后，没有剩下任何训练样本。请使用更多数据、降低验证集和测试集比例，或少删除一些行。</translation>
    </message>
    <message>
        <source>Split into %1 training, %2 validation and %3 test samples (stratified by class).</source>
        <translation>已划分为 %1 个训练样本、%2 个验证样本和 %3 个测试样本（按类别分层）。</translation>
    </message>
    <message>
        <source>Split into %1 training, %2 validation and %3 test samples.</source>
        <translation>已划分为 %1 个训练样本、%2 个验证样本和 %3 个测试样本。</translation>
    </message>
    <message>
        <source>Imputed %1 with the mean value fitted on the %2 only.</source>
        <extracomment>%1 lists the imputed cells per column (&quot;2 cells in &apos;age&apos;, 1 in &apos;income&apos;&quot;), %2 is a count of training samples (&quot;400 training samples&quot;)</extracomment>
        <translation>已用均值填补 %1（均值只根据 %2 计算）。</translation>
    </message>
    <message>
        <source>Imputed %1 with the median value fitted on the %2 only.</source>
        <translation>已用中位数填补 %1（中位数只根据 %2 计算）。</translation>
    </message>
    <message>
        <source>Imputed %1 with the most-frequent value fitted on the %2 only.</source>
        <translation>已用众数填补 %1（众数只根据 %2 计算）。</translation>
    </message>
    <message>
        <source>Outliers not checked: the z-score rule |z| &gt; 3 applies to table columns, not image pixels.</source>
        <translation>未检查异常值：z-score 规则 |z| &gt; 3 只适用于表格的列，不适用于图像像素。</translation>
    </message>
    <message>
        <source>Outliers not checked: the 1.5 IQR rule applies to table columns, not image pixels.</source>
        <translation>未检查异常值：1.5 IQR 规则只适用于表格的列，不适用于图像像素。</translation>
    </message>
    <message>
        <source>Dropped %1 with outliers by the z-score rule |z| &gt; 3, bounds fitted on the %2 only.</source>
        <extracomment>%1 is a count of samples (&quot;3 samples&quot;), %2 a count of training samples (&quot;400 training samples&quot;)</extracomment>
        <translation>已按 z-score 规则 |z| &gt; 3 删除含有异常值的 %1，界限只根据 %2 计算。</translation>
    </message>
    <message>
        <source>Dropped %1 with outliers by the 1.5 IQR rule, bounds fitted on the %2 only.</source>
        <translation>已按 1.5 IQR 规则删除含有异常值的 %1，界限只根据 %2 计算。</translation>
    </message>
    <message>
        <source>Dropping outliers left no training samples. Clip the outliers instead, or keep them.</source>
        <translation>删除异常值后没有剩下训练样本。请改为截断异常值，或保留它们。</translation>
    </message>
    <message>
        <source>Clipped no cells by the z-score rule |z| &gt; 3, bounds fitted on the %1 only.</source>
        <extracomment>%1 is a count of training samples (&quot;400 training samples&quot;)</extracomment>
        <translation>按 z-score 规则 |z| &gt; 3 没有需要截断的单元格，界限只根据 %1 计算。</translation>
    </message>
    <message>
        <source>Clipped no cells by the 1.5 IQR rule, bounds fitted on the %1 only.</source>
        <translation>按 1.5 IQR 规则没有需要截断的单元格，界限只根据 %1 计算。</translation>
    </message>
    <message>
        <source>Clipped %1 by the z-score rule |z| &gt; 3, bounds fitted on the %2 only.</source>
        <extracomment>%1 lists the clipped cells per column (&quot;2 cells in &apos;age&apos;, 1 in &apos;income&apos;&quot;), %2 is a count of training samples (&quot;400 training samples&quot;)</extracomment>
        <translation>已按 z-score 规则 |z| &gt; 3 截断 %1，界限只根据 %2 计算。</translation>
    </message>
    <message>
        <source>Clipped %1 by the 1.5 IQR rule, bounds fitted on the %2 only.</source>
        <translation>已按 1.5 IQR 规则截断 %1，界限只根据 %2 计算。</translation>
    </message>
    <message>
        <source>No normalisation: image pixels are already scaled to [0, 1].</source>
        <translation>未做归一化：图像像素已经缩放到 [0, 1]。</translation>
    </message>
    <message>
        <source>Z-score normalisation fitted on the %1 only, applied to all splits.</source>
        <extracomment>%1 is a count of training samples (&quot;400 training samples&quot;)</extracomment>
        <translation>已做 z-score 标准化：统计量只根据 %1 计算，应用于训练、验证和测试各部分。</translation>
    </message>
    <message>
        <source>Min-max normalisation fitted on the %1 only, applied to all splits.</source>
        <translation>已做最小-最大归一化：统计量只根据 %1 计算，应用于训练、验证和测试各部分。</translation>
    </message>
    <message>
        <source>Missing values can be filled with the mean, median or most-frequent value, not &apos;%1&apos;. Choose one of these, or drop the rows with missing values.</source>
        <translation>缺失值可以用均值（mean）、中位数（median）或众数（most-frequent）填补，不能用 &apos;%1&apos;。请从中选择一个，或删除含有缺失值的行。</translation>
    </message>
    <message>
        <source>The outlier rule must be &apos;zscore&apos; (|z| &gt; 3) or &apos;iqr&apos; (1.5 IQR), not &apos;%1&apos;. Choose one of these.</source>
        <translation>异常值判定规则必须是 &apos;zscore&apos;（|z| &gt; 3）或 &apos;iqr&apos;（1.5 IQR），而不是 &apos;%1&apos;。请从中选择一个。</translation>
    </message>
    <message>
        <source>%1 cell in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 列 %1 个单元格</translation>
    </message>
    <message>
        <source>%1 cells in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 列 %1 个单元格</translation>
    </message>
    <message>
        <source>%1, %2 in &apos;%3&apos;</source>
        <extracomment>a list of cell counts growing by one: %1 is the list so far (&quot;3 cells in &apos;age&apos;&quot;), %2 a count of cells in the feature %3</extracomment>
        <translation>%1，&apos;%3&apos; 列 %2 个</translation>
    </message>
    <message>
        <source>The validation fraction (%1) and test fraction (%2) must each be between 0 and 1 and leave samples for training (their sum below 1). Choose for example 0.2 and 0.1.</source>
        <translation>验证集比例（%1）和测试集比例（%2）都必须在 0 到 1 之间，并且要留下用于训练的样本（两者之和小于 1）。例如可以选 0.2 和 0.1。</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): values became Inf/NaN in the forward pass at %3. %4</source>
        <extracomment>%1 step, %2 epoch, %3 a layer (&quot;Dense #2&quot;), %4 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：在前向传播中，%3 处的数值变成了 Inf/NaN。%4</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): values became Inf/NaN in the forward pass. %3</source>
        <extracomment>%1 step, %2 epoch, %3 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：在前向传播中，数值变成了 Inf/NaN。%3</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): the outputs of %3 reached %4, so large that the loss overflowed. %5</source>
        <extracomment>%1 step, %2 epoch, %3 the output layer (&quot;Dense #2&quot;), %4 its largest output, %5 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：%3 的输出达到 %4，大到使损失值溢出。%5</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): values became Inf/NaN in the loss. %3</source>
        <extracomment>%1 step, %2 epoch, %3 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：计算损失值时，数值变成了 Inf/NaN。%3</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): values became Inf/NaN in the backward pass at %3. %4</source>
        <extracomment>%1 step, %2 epoch, %3 a layer (&quot;Dense #2&quot;), %4 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：在反向传播中，%3 处的数值变成了 Inf/NaN。%4</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): values became Inf/NaN in the backward pass. %3</source>
        <extracomment>%1 step, %2 epoch, %3 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：在反向传播中，数值变成了 Inf/NaN。%3</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): the weights of %3 overflowed to Inf/NaN in the weight update. %4</source>
        <extracomment>%1 step, %2 epoch, %3 a layer (&quot;Dense #2&quot;), %4 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：%3 的权重在权重更新中溢出，变成了 Inf/NaN。%4</translation>
    </message>
    <message>
        <source>Training stopped at step %1 (epoch %2): values became Inf/NaN in the weight update. %3</source>
        <extracomment>%1 step, %2 epoch, %3 what to try (a sentence)</extracomment>
        <translation>训练已在第 %1 步（第 %2 轮）停止：在权重更新中，数值变成了 Inf/NaN。%3</translation>
    </message>
    <message>
        <source>J(θ) = 1/n Σ_{i=1}^{n} h(y_{i} − ŷ_{i}),  h(e) = e^{2}/2 if |e| ≤ δ, else δ(|e| − δ/2),  δ = 1</source>
        <extracomment>The Huber loss; keep the symbols, ^{...} (superscript) and _{...} (subscript)</extracomment>
        <translation>J(θ) = 1/n Σ_{i=1}^{n} h(y_{i} − ŷ_{i}),  h(e) = e^{2}/2（|e| ≤ δ 时），否则为 δ(|e| − δ/2),  δ = 1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an object</source>
        <extracomment>a part of &quot;The project&apos;s training section is not valid: ...&quot;; %1 is a JSON key</extracomment>
        <translation>字段 &apos;%1&apos; 必须是一个对象</translation>
    </message>
    <message>
        <source>&apos;training&apos; must be an object</source>
        <extracomment>a part of &quot;The project&apos;s training section is not valid: ...&quot;; &apos;training&apos; is a JSON key</extracomment>
        <translation>&apos;training&apos; 必须是一个对象</translation>
    </message>
    <message>
        <source>The training split has no samples: choose a dataset with data, or a smaller validation/test fraction.</source>
        <translation>训练集中没有样本：请选择有数据的数据集，或减小验证集/测试集比例。</translation>
    </message>
    <message>
        <source>The model was built for inputs of shape %1 but the data has %2.</source>
        <extracomment>%1 and %2 are shapes: 784, or 28x28x1 (height x width x channels)</extracomment>
        <translation>模型是按形状为 %1 的输入搭建的，但数据的形状是 %2。</translation>
    </message>
    <message>
        <source>The output %1 gives %2 per sample; the loss needs a flat output: add Flatten and a Dense layer at the end.</source>
        <extracomment>%1 is the output layer (&quot;Conv2D #3&quot;), %2 its output shape (26x26x32: height x width x channels)</extracomment>
        <translation>输出层 %1 对每个样本给出形状为 %2 的输出；损失函数需要展平的输出：请在末尾添加 Flatten 和一个 Dense 层。</translation>
    </message>
    <message>
        <source>The loss %1 is for classification but the data is a regression task: choose mse, mae or huber.</source>
        <extracomment>%1 is a loss&apos;s name (sparse_categorical_crossentropy...); mse, mae and huber are names too</extracomment>
        <translation>损失函数 %1 用于分类，但数据是回归任务：请选择 mse、mae 或 huber。</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs two classes but the data has %1: choose sparse categorical cross-entropy with a softmax output of %1 units.</source>
        <extracomment>%1 is the number of classes</extracomment>
        <translation>二元交叉熵需要两个类别，但数据有 %1 个类别：请选择稀疏类别交叉熵，并使用有 %1 个神经元的 softmax 输出层。</translation>
    </message>
    <message>
        <source>The output %1 has 1 unit but %2 on this data needs %3: set %1 to %3 units.</source>
        <extracomment>%1 is the output layer (&quot;Dense #3&quot;), %2 a loss&apos;s name (mse...), %3 the units it needs</extracomment>
        <translation>输出层 %1 只有 1 个神经元，但在这份数据上使用 %2 需要 %3 个：请把 %1 设为 %3 个神经元。</translation>
    </message>
    <message>
        <source>The output %1 has %2 units but %3 on this data needs %4: set %1 to %4 units.</source>
        <extracomment>%1 is the output layer (&quot;Dense #3&quot;), %2 its units, %3 a loss&apos;s name (mse...), %4 the units it needs</extracomment>
        <translation>输出层 %1 有 %2 个神经元，但在这份数据上使用 %3 需要 %4 个：请把 %1 设为 %4 个神经元。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not valid base64 (length %2 is not a multiple of 4): the file is damaged</source>
        <extracomment>a part of &quot;The project&apos;s weights section is not valid: ...&quot;; %1 is a JSON key, base64 an encoding&apos;s name</extracomment>
        <translation>字段 &apos;%1&apos; 不是有效的 base64（长度 %2 不是 4 的倍数）：文件已损坏</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not valid base64: the file is damaged</source>
        <extracomment>a part of &quot;The project&apos;s weights section is not valid: ...&quot;; %1 is a JSON key</extracomment>
        <translation>字段 &apos;%1&apos; 不是有效的 base64：文件已损坏</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; does not hold whole float32 values: the file is damaged</source>
        <extracomment>a part of &quot;The project&apos;s weights section is not valid: ...&quot;; %1 is a JSON key, float32 a type&apos;s name</extracomment>
        <translation>字段 &apos;%1&apos; 中的数据不是完整的 float32 数值：文件已损坏</translation>
    </message>
    <message>
        <source>The project&apos;s header section is not valid: %1.</source>
        <translation>项目文件的文件头部分无效：%1。</translation>
    </message>
    <message>
        <source>The project&apos;s model section is not valid: %1.</source>
        <translation>项目文件的模型部分无效：%1。</translation>
    </message>
    <message>
        <source>The project&apos;s data section is not valid: %1.</source>
        <translation>项目文件的数据部分无效：%1。</translation>
    </message>
    <message>
        <source>The project&apos;s training section is not valid: %1.</source>
        <translation>项目文件的训练部分无效：%1。</translation>
    </message>
    <message>
        <source>The project&apos;s weights section is not valid: %1.</source>
        <translation>项目文件的权重部分无效：%1。</translation>
    </message>
    <message>
        <source>The file is empty: it is not a LayerLab project.</source>
        <translation>该文件是空的：它不是 LayerLab 项目。</translation>
    </message>
    <message>
        <source>The file ends too early (truncated at byte %1): it was not saved completely. Open a backup or the autosave.</source>
        <translation>文件提前结束（在第 %1 字节处被截断）：它没有被完整保存。请打开备份或自动保存的副本。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1): it is not a LayerLab project or it is damaged.</source>
        <extracomment>JSON is a format&apos;s name</extracomment>
        <translation>该文件不是有效的 JSON（在第 %1 字节处）：它不是 LayerLab 项目，或者已经损坏。</translation>
    </message>
    <message>
        <source>The file holds JSON but not a LayerLab project (expected an object).</source>
        <translation>该文件包含 JSON，但不是 LayerLab 项目（应为一个对象）。</translation>
    </message>
    <message>
        <source>The project header is damaged: %1.</source>
        <extracomment>%1 says what is wrong with the header</extracomment>
        <translation>项目文件头已损坏：%1。</translation>
    </message>
    <message>
        <source>The file is not a LayerLab project (its &apos;format&apos; is &apos;%1&apos;, expected &apos;%2&apos;).</source>
        <extracomment>&apos;format&apos; is a JSON key; %1 is what the file says, %2 what a project says</extracomment>
        <translation>该文件不是 LayerLab 项目（它的 &apos;format&apos; 是 &apos;%1&apos;，应为 &apos;%2&apos;）。</translation>
    </message>
    <message>
        <source>The project was written by a newer LayerLab (format version %1); this version reads up to version %2. Update LayerLab to open it.</source>
        <translation>该项目由较新版本的 LayerLab 保存（格式版本 %1）；当前版本最高只能读取版本 %2。请更新 LayerLab 后再打开它。</translation>
    </message>
    <message>
        <source>The project&apos;s format version %1 is not valid.</source>
        <translation>项目的格式版本 %1 无效。</translation>
    </message>
    <message>
        <source>the &apos;model&apos; section is missing</source>
        <extracomment>a part of &quot;The project&apos;s model section is not valid: ...&quot;; &apos;model&apos; is a JSON key</extracomment>
        <translation>缺少 &apos;model&apos; 部分</translation>
    </message>
    <message>
        <source>unknown weight encoding &apos;%1&apos;</source>
        <extracomment>a part of &quot;The project&apos;s weights section is not valid: ...&quot;; %1 is what the file names</extracomment>
        <translation>未知的权重编码 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the weights hold %1 values but the file says %2: the file is damaged</source>
        <extracomment>a part of &quot;The project&apos;s weights section is not valid: ...&quot;</extracomment>
        <translation>权重含有 %1 个数值，但文件中写的是 %2 个：文件已损坏</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <extracomment>%1 is a folder, %2 the system&apos;s reason</extracomment>
        <translation>无法在 %1 中写入：%2。请选择一个你有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed; free some space or choose another place.</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2。没有做任何更改；请释放一些空间，或选择其他位置。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Nothing was changed.</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
        <translation>无法保存 %1：%2。没有做任何更改。</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name, or list the built-in examples with &apos;layerlab-cli examples&apos;.</source>
        <extracomment>%1 is a file; &apos;layerlab-cli examples&apos; is a command</extracomment>
        <translation>文件 %1 不存在。请检查名称，或用 &apos;layerlab-cli examples&apos; 列出内置示例。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB, larger than any LayerLab project: it is not a project file.</source>
        <extracomment>%1 is a file, %2 its size in MiB</extracomment>
        <translation>%1 有 %2 MiB，比任何 LayerLab 项目都大：它不是项目文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file&apos;s name, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The saved weights (%1 values) do not fit the model (%2 parameters): the file is inconsistent. Remove its weights to start afresh.</source>
        <translation>保存的权重（%1 个数值）与模型（%2 个参数）不匹配：文件内容前后不一致。请删除文件中的权重，从头开始训练。</translation>
    </message>
    <message>
        <source>L1 %1</source>
        <extracomment>a regularisation: L1 with its rate</extracomment>
        <translation>L1 %1</translation>
    </message>
    <message>
        <source>L2 %1</source>
        <extracomment>a regularisation: L2 with its rate</extracomment>
        <translation>L2 %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no regularisation, in &quot;regularisation none -&gt; L2 1e-04&quot;</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>norm %1, value %2</source>
        <extracomment>gradient clipping at a global norm %1 and at a value %2</extracomment>
        <translation>全局范数 %1，按值 %2</translation>
    </message>
    <message>
        <source>norm %1</source>
        <extracomment>gradient clipping at a global norm</extracomment>
        <translation>全局范数 %1</translation>
    </message>
    <message>
        <source>value %1</source>
        <extracomment>gradient clipping at a value</extracomment>
        <translation>按值 %1</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>no gradient clipping, in &quot;clipping off -&gt; norm 1&quot;</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>learning rate %1 -&gt; %2</source>
        <extracomment>a change of a hyper-parameter while training, marked on the loss chart: old value -&gt; new value</extracomment>
        <translation>学习率：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>optimizer %1 -&gt; %2</source>
        <extracomment>%1 and %2 are optimizers&apos; names (SGD, Adam...)</extracomment>
        <translation>优化器：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>momentum %1 -&gt; %2</source>
        <translation>动量：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>batch size %1 -&gt; %2</source>
        <translation>批量大小：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>loss %1 -&gt; %2</source>
        <extracomment>%1 and %2 are losses&apos; names (mse, binary_crossentropy...)</extracomment>
        <translation>损失函数：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>regularisation %1 -&gt; %2</source>
        <extracomment>%1 and %2 are regularisations: none, L2 1e-04</extracomment>
        <translation>正则化：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>clipping %1 -&gt; %2</source>
        <extracomment>gradient clipping; %1 and %2 are: off, norm 1, value 0.5</extracomment>
        <translation>梯度裁剪：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>schedule %1 -&gt; %2</source>
        <extracomment>the learning-rate schedule; %1 and %2 are schedules&apos; names (constant, step, cosine...)</extracomment>
        <translation>学习率调度：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>epochs %1 -&gt; %2</source>
        <translation>训练轮数：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>joins two changes of hyper-parameters: &quot;learning rate 0.03 -&gt; 0.01; batch size 32 -&gt; 64&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>60000 training and 10000 test images of clothes, 28x28 grey, 10 classes (the dataset-fashion-mnist package; installed).</source>
        <translation>60000 张训练图像和 10000 张测试图像，内容是服装，28x28 灰度，10 个类别（dataset-fashion-mnist 软件包；已安装）。</translation>
    </message>
    <message>
        <source>60000 training and 10000 test images of clothes, 28x28 grey, 10 classes (the dataset-fashion-mnist package; not installed: install dataset-fashion-mnist).</source>
        <translation>60000 张训练图像和 10000 张测试图像，内容是服装，28x28 灰度，10 个类别（dataset-fashion-mnist 软件包；未安装：请安装 dataset-fashion-mnist）。</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外圈</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>内圈</translation>
    </message>
    <message>
        <source>opposite signs</source>
        <translation>异号</translation>
    </message>
    <message>
        <source>same sign</source>
        <translation>同号</translation>
    </message>
    <message>
        <source>lower left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>upper right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>arm 1</source>
        <translation>第 1 条旋臂</translation>
    </message>
    <message>
        <source>arm 2</source>
        <translation>第 2 条旋臂</translation>
    </message>
    <message>
        <source>upper moon</source>
        <translation>上半月</translation>
    </message>
    <message>
        <source>lower moon</source>
        <translation>下半月</translation>
    </message>
    <message>
        <source>even squares</source>
        <translation>偶数格</translation>
    </message>
    <message>
        <source>odd squares</source>
        <translation>奇数格</translation>
    </message>
    <message>
        <source>blob 1</source>
        <translation>第 1 团</translation>
    </message>
    <message>
        <source>blob 2</source>
        <translation>第 2 团</translation>
    </message>
    <message>
        <source>blob 3</source>
        <translation>第 3 团</translation>
    </message>
    <message>
        <source>blob 4</source>
        <translation>第 4 团</translation>
    </message>
    <message>
        <source>blob 5</source>
        <translation>第 5 团</translation>
    </message>
    <message>
        <source>arm 3</source>
        <translation>第 3 条旋臂</translation>
    </message>
    <message>
        <source>arm 4</source>
        <translation>第 4 条旋臂</translation>
    </message>
    <message>
        <source>arm 5</source>
        <translation>第 5 条旋臂</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T 恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells, more columns than LayerLab reads. Delete the columns the network does not need, or check that the rows are separated by line breaks.</source>
        <extracomment>%2 is a row number, %3 the most columns LayerLab reads (100000)</extracomment>
        <translation>%1：第 %2 行的单元格超过 %3 个，超出了 LayerLab 能读取的列数。请删除网络用不到的列，或检查各行之间是否用换行符分隔。</translation>
    </message>
    <message>
        <source>%1 is a gzip file of %2 bytes, but its header claims %3 of %4x%5, %6 bytes once decompressed. LayerLab reads at most %7 bytes from a gzip file of this size (%8 times its size, and never less than %9 bytes), as image data never compresses that well: the header is damaged or the file is made to fill the memory. Download the file again; if it is genuine, decompress it (gunzip) and choose the uncompressed file.</source>
        <extracomment>%2, %6, %7 and %9 are sizes in bytes, %3 a count of images (&quot;60000 images&quot;), %4x%5 the height and width of an image, %8 a ratio (100)</extracomment>
        <translation>%1 是一个 %2 字节的 gzip 文件，但它的文件头声称有 %3，每张 %4x%5，解压后共 %6 字节。对这样大小的 gzip 文件，LayerLab 最多读取 %7 字节（文件大小的 %8 倍，且不少于 %9 字节），因为图像数据不可能压缩得这么小：文件头已损坏，或者这个文件是故意用来占满内存的。请重新下载该文件；如果它确实没有问题，请先解压（gunzip），再选择解压后的文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a device, a pipe or a socket, not a data file: LayerLab reads data only from ordinary files. Choose a CSV or IDX file saved on disk.</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>&apos;%1&apos; 是设备、管道或套接字，不是数据文件：LayerLab 只从普通文件读取数据。请选择保存在磁盘上的 CSV 或 IDX 文件。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a value that is not a number or is infinite (value %2): the file is damaged. Reset the weights (delete the &apos;weights&apos; section) or open a backup</source>
        <extracomment>a part of &quot;The project&apos;s weights section is not valid: ...&quot;; %1 is a JSON key (&apos;parameters&apos; or &apos;state&apos;), %2 the value&apos;s number (1 is the first)</extracomment>
        <translation>字段 &apos;%1&apos; 中有一个值不是数字或为无穷大（第 %2 个值）：文件已损坏。请重置权重（删除 &apos;weights&apos; 部分），或打开备份</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds the number %2, which is too large for any field of a project</source>
        <extracomment>a part of &quot;The project&apos;s training section is not valid: ...&quot;; %1 is a JSON field&apos;s path (&quot;training.optimizer.learning_rate&quot;), %2 the number as the file writes it</extracomment>
        <translation>字段 &apos;%1&apos; 中的数字 %2 太大，项目中任何字段都放不下</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, a device, a pipe or a socket, not a regular file. Nothing was changed; choose another file name.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>无法保存 %1：它是文件夹、设备、管道或套接字，不是普通文件。没有做任何改动；请另选一个文件名。</translation>
    </message>
    <message>
        <source>%1 is a device, a pipe or a socket, not a project file. Choose a project file saved by LayerLab.</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1 是设备、管道或套接字，不是项目文件。请选择由 LayerLab 保存的项目文件。</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Two interleaved spirals: a net must bend its boundary twice. Two hidden layers of 8 tanh units.</source>
        <translation>两条交错的螺旋线：网络必须把决策边界弯折两次。两个隐藏层，各有 8 个 tanh 神经元。</translation>
    </message>
    <message>
        <source>Spiral, two hidden layers of 8 tanh units</source>
        <translation>spiral：两个隐藏层，各 8 个 tanh 神经元</translation>
    </message>
    <message>
        <source>Four quadrants: not linearly separable, one hidden layer suffices.</source>
        <translation>四个象限：线性不可分，一个隐藏层就够了。</translation>
    </message>
    <message>
        <source>XOR with a 2-4-1 tanh net</source>
        <translation>XOR：2-4-1 的 tanh 网络</translation>
    </message>
    <message>
        <source>Circle, one hidden layer of 4 ReLU units</source>
        <translation>circle：一个隐藏层，4 个 ReLU 神经元</translation>
    </message>
    <message>
        <source>A disc inside a ring.</source>
        <translation>圆环中间有一个圆盘。</translation>
    </message>
    <message>
        <source>Two Gaussian clouds, logistic regression</source>
        <translation>两团高斯点云：逻辑回归</translation>
    </message>
    <message>
        <source>Two noisy clouds: a single sigmoid unit separates them.</source>
        <translation>两团带噪声的点云：一个 sigmoid 神经元就能把它们分开。</translation>
    </message>
    <message>
        <source>The textbook&apos;s y = w1*x1 + w2*x2 + b, fitted by full-batch gradient descent: the learned weights are w1, w2 and b.</source>
        <translation>教材中的 y = w1*x1 + w2*x2 + b，用全批量梯度下降来拟合：学到的权重和偏置就是 w1、w2 和 b。</translation>
    </message>
    <message>
        <source>Linear regression y = w1*x1 + w2*x2 + b by gradient descent</source>
        <translation>用梯度下降做线性回归 y = w1*x1 + w2*x2 + b</translation>
    </message>
    <message>
        <source>Fit a sine curve with a small tanh net and mean squared error.</source>
        <translation>用一个小型 tanh 网络和均方误差（MSE）拟合一条正弦曲线。</translation>
    </message>
    <message>
        <source>Sine curve, regression with a 1-16-16-1 tanh net</source>
        <translation>正弦曲线：用 1-16-16-1 的 tanh 网络做回归</translation>
    </message>
    <message>
        <source>Four classes: a softmax output and categorical cross-entropy.</source>
        <translation>四个类别：softmax 输出层和类别交叉熵。</translation>
    </message>
    <message>
        <source>Four Gaussian blobs, softmax classifier</source>
        <translation>四团高斯点簇：softmax 分类器</translation>
    </message>
    <message>
        <source>A learning rate of 1000: the loss explodes within a few steps. Watch where it breaks, then lower the learning rate.</source>
        <translation>学习率为 1000：损失值几步之内就会爆炸。观察它在哪里出问题，然后降低学习率。</translation>
    </message>
    <message>
        <source>A run that diverges (learning rate 1000)</source>
        <translation>会发散的训练（学习率 1000）</translation>
    </message>
    <message>
        <source>784-256-128-10 ReLU network with softmax, Adam, batch 128.</source>
        <translation>784-256-128-10 的 ReLU 网络，输出层用 softmax，Adam 优化器，批量大小 128。</translation>
    </message>
    <message>
        <source>Fashion-MNIST with a 784-256-128-10 MLP</source>
        <translation>Fashion-MNIST：784-256-128-10 的多层感知机（MLP）</translation>
    </message>
    <message>
        <source>The textbook&apos;s Keras model: two 3x3 convolutions (32 and 64 ReLU filters), each followed by 2x2 max pooling, then Flatten and a softmax over the 10 classes. Adam, batch 128.</source>
        <translation>教材中的 Keras 模型：两个 3x3 卷积层（分别有 32 个和 64 个 ReLU 卷积核），每个后面接一个 2x2 最大池化层，然后是 Flatten 和对 10 个类别的 softmax。Adam 优化器，批量大小 128。</translation>
    </message>
    <message>
        <source>CNN on Fashion-MNIST (the textbook&apos;s Keras model)</source>
        <translation>Fashion-MNIST 上的 CNN（教材中的 Keras 模型）</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>spiral</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>circle</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两团高斯点云</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>线性回归</translation>
    </message>
    <message>
        <source>Sine regression</source>
        <translation>正弦曲线回归</translation>
    </message>
    <message>
        <source>Gaussian blobs, softmax</source>
        <translation>高斯点簇：softmax</translation>
    </message>
    <message>
        <source>Diverging regression</source>
        <translation>会发散的回归</translation>
    </message>
    <message>
        <source>MLP on Fashion-MNIST</source>
        <translation>Fashion-MNIST 上的 MLP</translation>
    </message>
    <message>
        <source>CNN on Fashion-MNIST</source>
        <translation>Fashion-MNIST 上的 CNN</translation>
    </message>
</context>
<context>
    <name>LayerText</name>
    <message>
        <source>Every unit takes a weighted sum of all its inputs plus a bias, then applies its activation: y = f(Wx + b).</source>
        <translation>每个神经元对所有输入求加权和，加上偏置，再经过激活函数：y = f(Wx + b)。</translation>
    </message>
    <message>
        <source>While training, zeroes a random fraction of its inputs (and scales the rest up) so the network cannot lean on any single unit; at test time it passes everything through.</source>
        <translation>训练时随机把一部分输入置为 0（并把其余输入按比例放大），使网络不能依赖任何单个神经元；测试时所有输入都原样通过。</translation>
    </message>
    <message>
        <source>Rescales each feature to mean 0 and variance 1 over the mini-batch, then shifts and scales it with learned γ and β: steadier, faster training.</source>
        <translation>在小批量上把每个特征缩放到均值 0、方差 1，再用学到的 γ 和 β 进行缩放和平移：训练更稳定、更快。</translation>
    </message>
    <message>
        <source>Slides small learned filters over the image; each filter lights up wherever its local pattern (an edge, a texture) appears.</source>
        <translation>让学到的小卷积核在图像上滑动；图像中哪里出现某个卷积核对应的局部模式（边缘、纹理），它就在哪里被“点亮”。</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window, shrinking width and height: the pattern was there, wherever exactly.</source>
        <translation>保留每个窗口中的最大值，宽度和高度随之缩小：只记住模式出现过，不管它的确切位置。</translation>
    </message>
    <message>
        <source>Averages each window, shrinking width and height: a smoother way to shrink a feature map.</source>
        <translation>对每个窗口取平均值，宽度和高度随之缩小：一种更平滑地缩小特征图的方式。</translation>
    </message>
    <message>
        <source>Averages each whole feature map to one number: one value per channel, whatever the image size.</source>
        <translation>把每张完整的特征图平均成一个数：每个通道一个值，与图像大小无关。</translation>
    </message>
    <message>
        <source>Unrolls an image or feature map into one long vector so that Dense layers can read it.</source>
        <translation>把图像或特征图展开成一个长向量，供 Dense 层读取。</translation>
    </message>
    <message>
        <source>1 unit · %1</source>
        <translation>1 个神经元 · %1</translation>
    </message>
    <message>
        <source>%1 units · %2</source>
        <translation>%1 个神经元 · %2</translation>
    </message>
    <message>
        <source>drops %1% while training</source>
        <translation>训练时丢弃 %1%</translation>
    </message>
    <message>
        <source>momentum %1</source>
        <translation>动量 %1</translation>
    </message>
    <message>
        <source>%1 filters %2×%2, stride %3, %4 · %5</source>
        <translation>%1 个 %2×%2 卷积核，步幅 %3，%4 · %5</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same 填充</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid 填充</translation>
    </message>
    <message>
        <source>%1×%1 window</source>
        <translation>%1×%1 窗口</translation>
    </message>
    <message>
        <source>one value per channel</source>
        <translation>每个通道一个值</translation>
    </message>
    <message>
        <source>to one vector</source>
        <translation>展平为一个向量</translation>
    </message>
    <message>
        <source>No bend at all: the layer stays a linear map (use it for regression outputs).</source>
        <translation>完全不弯曲：这一层保持为线性映射（用于回归问题的输出层）。</translation>
    </message>
    <message>
        <source>Squashes any number into (0, 1): a probability; saturates, so gradients vanish at both ends.</source>
        <translation>把任意数压缩到 (0, 1) 之间，可看作概率；两端会饱和，梯度在那里消失。</translation>
    </message>
    <message>
        <source>Squashes into (-1, 1), centred on 0: a classic hidden-layer choice that saturates at both ends.</source>
        <translation>压缩到 (-1, 1) 之间，以 0 为中心：隐藏层的经典选择，两端会饱和。</translation>
    </message>
    <message>
        <source>Passes positive values and zeroes negative ones: cheap and fast to train, but a unit can die (always 0).</source>
        <translation>正值原样通过，负值变为 0：计算简单、训练快，但神经元可能“死亡”（输出恒为 0）。</translation>
    </message>
    <message>
        <source>Like ReLU but lets a small slope through for negative inputs, so units never die completely.</source>
        <translation>与 ReLU 类似，但输入为负时保留一个小斜率，因此神经元永远不会完全“死亡”。</translation>
    </message>
    <message>
        <source>Like ReLU for positive inputs, a smooth curve down to -1 for negative ones.</source>
        <translation>输入为正时与 ReLU 相同；输入为负时是一条平滑下降、趋近 -1 的曲线。</translation>
    </message>
    <message>
        <source>A smooth ReLU that weighs each input by how likely it is to be positive (used in transformers).</source>
        <translation>平滑的 ReLU：按输入为正的可能性大小给它加权（用于 Transformer）。</translation>
    </message>
    <message>
        <source>x times sigmoid(x) (swish): smooth, slightly negative for small negative inputs.</source>
        <translation>x 乘以 sigmoid(x)（swish）：平滑；输入为绝对值较小的负数时，输出略小于 0。</translation>
    </message>
    <message>
        <source>Turns a vector of scores into probabilities that sum to 1: the output of a multi-class classifier.</source>
        <translation>把一组分数变成总和为 1 的概率：多分类模型的输出。</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差（MSE）</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>平均绝对误差（MAE）</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>类别交叉熵</translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation>稀疏类别交叉熵</translation>
    </message>
    <message>
        <source>Gradient descent (full batch)</source>
        <translation>梯度下降（全批量）</translation>
    </message>
    <message>
        <source>SGD (mini-batch)</source>
        <translation>SGD（小批量）</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量法（Momentum）</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量法</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Regression: the average squared error, so big mistakes count a lot.</source>
        <translation>回归：误差平方的平均值，所以大的错误影响很大。</translation>
    </message>
    <message>
        <source>Regression: the average absolute error, calmer about outliers.</source>
        <translation>回归：误差绝对值的平均值，对异常值不那么敏感。</translation>
    </message>
    <message>
        <source>Regression: squared for small errors, absolute for large ones.</source>
        <translation>回归：误差小时取平方，误差大时取绝对值。</translation>
    </message>
    <message>
        <source>Two classes: punishes confident wrong probabilities from one sigmoid output.</source>
        <translation>两个类别：单个 sigmoid 输出给出“很自信却错了”的概率时，惩罚很重。</translation>
    </message>
    <message>
        <source>Several classes, one-hot targets: −log of the probability the softmax gave the right class.</source>
        <translation>多个类别，目标为 one-hot 向量：对 softmax 给正确类别的概率取 −log。</translation>
    </message>
    <message>
        <source>Several classes, targets as class numbers y_{i}: −log of the probability of the right class.</source>
        <extracomment>y_{i} is typeset as y with subscript i: keep it</extracomment>
        <translation>多个类别，目标为类别编号 y_{i}：对正确类别的概率取 −log。</translation>
    </message>
    <message>
        <source>The textbook writes MSE with 1/(2n), which halves the loss and its gradient; LayerLab averages with 1/n, as Keras does.</source>
        <translation>教材中的 MSE 用 1/(2n)，使损失值及其梯度减半；LayerLab 与 Keras 一样，用 1/n 求平均。</translation>
    </message>
    <message>
        <source>The textbook sums cross-entropy over the samples; LayerLab averages it (1/n), as Keras does, so the loss does not grow with the batch size.</source>
        <translation>教材对各样本的交叉熵求和；LayerLab 与 Keras 一样取平均（1/n），因此损失值不会随批量大小增长。</translation>
    </message>
    <message>
        <source>One step per epoch down the gradient of the whole training set.</source>
        <translation>每轮沿整个训练集的梯度下降一步。</translation>
    </message>
    <message>
        <source>A step down the gradient of each mini-batch B: noisy but cheap.</source>
        <translation>每个小批量 B 都沿它的梯度下降一步：有噪声，但计算量小。</translation>
    </message>
    <message>
        <source>Keeps rolling in the direction of past gradients, like a heavy ball (μ: how much of the velocity v it keeps).</source>
        <translation>像一个沉重的球，沿着以往梯度的方向继续滚动（μ：保留多少速度 v）。</translation>
    </message>
    <message>
        <source>Momentum that looks one step ahead before correcting.</source>
        <translation>先向前看一步再修正的动量法。</translation>
    </message>
    <message>
        <source>Smaller steps for parameters that have already moved a lot.</source>
        <translation>已经变化很多的参数，步长会变小。</translation>
    </message>
    <message>
        <source>Divides each step by a running size of recent gradients.</source>
        <translation>每一步都除以近期梯度大小的滑动平均。</translation>
    </message>
    <message>
        <source>Momentum plus per-parameter step sizes; a robust default.</source>
        <translation>动量加上每个参数各自的步长；稳健的默认选择。</translation>
    </message>
    <message>
        <source>Adam with weight decay λ applied directly to the weights (not through the gradient).</source>
        <translation>带权重衰减 λ 的 Adam：衰减直接作用在权重上（而不是通过梯度）。</translation>
    </message>
    <message>
        <source>The textbook&apos;s SGD steps on one sample at a time, ∇J(θ_{i}); LayerLab&apos;s steps on a mini-batch B of the batch size you set (1 gives the textbook&apos;s).</source>
        <extracomment>keep _{...} (subscript) as it is</extracomment>
        <translation>教材中的 SGD 每次只用一个样本更新，∇J(θ_{i})；LayerLab 的 SGD 每次用一个小批量 B，大小就是你设置的批量大小（设为 1 即为教材的做法）。</translation>
    </message>
    <message>
        <source>Loss:</source>
        <extracomment>In front of the loss&apos;s formula</extracomment>
        <translation>损失函数：</translation>
    </message>
    <message>
        <source>Update:</source>
        <extracomment>In front of the optimizer&apos;s update rule</extracomment>
        <translation>更新规则：</translation>
    </message>
    <message>
        <source>The textbook shortens Adam to θ = θ − α m_{t} / (1 − β_{1}^{t}); LayerLab also divides by the square root of the bias-corrected v_{t}, plus ε, as Kingma and Ba&apos;s Adam does.</source>
        <extracomment>keep ^{...} (superscript) and _{...} (subscript) as they are</extracomment>
        <translation>教材把 Adam 简写为 θ = θ − α m_{t} / (1 − β_{1}^{t})；LayerLab 与 Kingma 和 Ba 提出的 Adam 一样，还要再除以偏差修正后的 v_{t} 的平方根与 ε 之和。</translation>
    </message>
    <message>
        <source>A smooth version of ReLU: ln(1 + e^{x}).</source>
        <extracomment>keep ^{...} (superscript) as it is</extracomment>
        <translation>ReLU 的平滑版本：ln(1 + e^{x})。</translation>
    </message>
</context>
<context>
    <name>ModelInput</name>
    <message>
        <source>Features: %1</source>
        <translation>特征：%1</translation>
    </message>
    <message>
        <source>Images of %1×%2 pixels × %3 channels</source>
        <extracomment>height × width pixels × channels</extracomment>
        <translation>%1×%2 像素、%3 通道的图像</translation>
    </message>
    <message>
        <source>28×28 grey images</source>
        <translation>28×28 灰度图像</translation>
    </message>
    <message>
        <source>loading the data…</source>
        <translation>正在加载数据…</translation>
    </message>
</context>
<context>
    <name>OutputRule</name>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>regression, %1 targets</source>
        <translation>回归，%1 个目标值</translation>
    </message>
    <message>
        <source>1 %1 unit</source>
        <translation>1 个 %1 神经元</translation>
    </message>
    <message>
        <source>%1 %2 units</source>
        <translation>%1 个 %2 神经元</translation>
    </message>
    <message>
        <source>The output layer: %1, set by the loss (%2) and the data (%3). Change the loss or the data to change it.</source>
        <translation>输出层：%1，由损失函数（%2）和数据（%3）决定。要改变它，请更改损失函数或数据。</translation>
    </message>
</context>
<context>
    <name>layerlab::ActivationPlot</name>
    <message>
        <source>The activation f(x) (solid blue) and its slope f&apos;(x) (dashed orange). Where f&apos; is near 0 the unit has saturated and passes almost no gradient back.</source>
        <translation>激活函数 f(x)（蓝色实线）及其斜率 f&apos;(x)（橙色虚线）。在 f&apos; 接近 0 的地方，神经元已经饱和，几乎不向回传递梯度。</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f&apos;(x), the slope</source>
        <translation>f&apos;(x)，斜率</translation>
    </message>
</context>
<context>
    <name>layerlab::ActivationView</name>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Saturated: %1 (sure answers)</source>
        <translation>饱和：%1（答案很确定）</translation>
    </message>
    <message>
        <source>Saturated: %1</source>
        <translation>饱和：%1</translation>
    </message>
    <message>
        <source>Dead: %1</source>
        <translation>死亡：%1</translation>
    </message>
    <message>
        <source>The share of the output layer&apos;s values within 0.02 of 0 or 1: there it means sure answers, which is what training aims for.</source>
        <translation>输出层中与 0 或 1 相差不到 0.02 的值所占的比例：在输出层，这表示答案很确定，这正是训练的目标。</translation>
    </message>
    <message>
        <source>The share of %1&apos;s outputs within 0.02 of the activation&apos;s limits, where its slope is almost zero and the gradient through it vanishes.</source>
        <translation>%1 的输出中与激活函数上下限相差不到 0.02 的值所占的比例：那里的斜率几乎为 0，经过它的梯度会消失。</translation>
    </message>
    <message>
        <source>The share of %1&apos;s ReLU units that output 0 for every sample of the batch: they pass no gradient and stop learning.</source>
        <translation>%1 中对批量里每个样本都输出 0 的 ReLU 神经元所占的比例：它们不传递梯度，不再学习。</translation>
    </message>
    <message>
        <source>How %1&apos;s outputs are spread over one batch of samples.</source>
        <translation>%1 的输出在一个批量的样本上的分布。</translation>
    </message>
    <message>
        <source>No activations yet: they appear after the first training step.</source>
        <translation>还没有激活值：第一个训练步之后就会显示。</translation>
    </message>
    <message>
        <source>mean %1 · std %2</source>
        <translation>均值 %1 · 标准差 %2</translation>
    </message>
    <message>
        <source> · %1 not finite</source>
        <translation> · %1 个值为 Inf/NaN</translation>
    </message>
</context>
<context>
    <name>layerlab::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>layerlab::BreakpointsDialog</name>
    <message>
        <source>Breakpoints</source>
        <translation>断点</translation>
    </message>
    <message>
        <source>Breakpoints last for this session only: they are not saved with the project or the settings.</source>
        <translation>断点仅在本次会话中有效：不会随项目或设置一起保存。</translation>
    </message>
    <message>
        <source>Pause training by itself when a condition below is met. The run stops at the step that met it, the views show that step, and the status bar says why. Step (one mini-batch) goes on from there.
Inf or NaN values always pause training.</source>
        <translation>满足下面任一条件时自动暂停训练。训练停在满足条件的那一步，各视图显示这一步，状态栏说明原因。按“步”（训练一个小批量）可从那里继续。
出现 Inf 或 NaN 值时总会暂停训练。</translation>
    </message>
    <message>
        <source>Pause when</source>
        <translation>暂停条件</translation>
    </message>
    <message>
        <source>a layer&apos;s gradient norm goes above</source>
        <translation>某层的梯度范数高于</translation>
    </message>
    <message>
        <source>Exploding gradients: ||dL/dW|| of any layer grows past this limit.</source>
        <translation>梯度爆炸：任意一层的 ||dL/dW|| 超过这个上限。</translation>
    </message>
    <message>
        <source>a layer&apos;s gradient norm goes below</source>
        <translation>某层的梯度范数低于</translation>
    </message>
    <message>
        <source>Vanishing gradients: ||dL/dW|| of any layer falls under this limit, so it barely learns.</source>
        <translation>梯度消失：任意一层的 ||dL/dW|| 低于这个下限，这一层几乎学不到东西。</translation>
    </message>
    <message>
        <source>a layer&apos;s dead units pass</source>
        <translation>某层死亡神经元的比例超过</translation>
    </message>
    <message>
        <source>Dead units output 0 for every sample (a ReLU stuck below zero) and stop learning.</source>
        <translation>死亡神经元对每个样本都输出 0（ReLU 卡在 0 以下），不再学习。</translation>
    </message>
    <message>
        <source>a layer&apos;s saturated units pass</source>
        <translation>某层饱和神经元的比例超过</translation>
    </message>
    <message>
        <source>Saturated units sit on the flat ends of sigmoid or tanh, where the gradient is almost 0.</source>
        <translation>饱和的神经元处在 sigmoid 或 tanh 两端平坦的区域，那里的梯度几乎为 0。</translation>
    </message>
    <message>
        <source>the validation loss has risen for</source>
        <translation>验证损失连续上升</translation>
    </message>
    <message>
        <source> epochs in a row</source>
        <extracomment>the unit after a number of epochs, as in &quot;risen for 3 epochs in a row&quot;</extracomment>
        <translation> 轮</translation>
    </message>
    <message>
        <source>Overfitting shows first as a validation loss that goes up while the training loss goes down. Needs validation data.</source>
        <translation>过拟合最先表现为：训练损失下降的同时，验证损失在上升。需要有验证数据。</translation>
    </message>
    <message>
        <source>Pause when the doctor finds</source>
        <translation>诊断器发现以下问题时暂停</translation>
    </message>
    <message>
        <source>Pauses the first time a finding of a ticked kind appears in the Doctor panel.</source>
        <translation>“诊断器”面板中第一次出现已勾选类型的诊断结果时暂停。</translation>
    </message>
    <message>
        <source>Turn All Off</source>
        <translation>全部关闭</translation>
    </message>
</context>
<context>
    <name>layerlab::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix (validation)</source>
        <translation>混淆矩阵（验证集）</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch, for classification with validation data: how often each true class is predicted as each class.</source>
        <translation>对于有验证数据的分类任务，第一轮结束后会显示混淆矩阵：每个真实类别被预测成各个类别的次数。</translation>
    </message>
    <message>
        <source>After epoch %1: %2 validation images, %3% right. Rows: the true class; columns: what the network said.</source>
        <translation>第 %1 轮之后：%2 张验证集图像，正确率 %3%。行：真实类别；列：网络的预测。</translation>
    </message>
    <message>
        <source>Predicted class →</source>
        <translation>预测类别 →</translation>
    </message>
    <message>
        <source>True class →</source>
        <translation>真实类别 →</translation>
    </message>
    <message>
        <source>Right in class</source>
        <translation>各类准确率</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>预测为 %1</translation>
    </message>
</context>
<context>
    <name>layerlab::DataPanel</name>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A built-in data set: %1 its name (spiral, xor, ...), %2 &quot;regression&quot; or &quot;classification&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28×28 images, 10 classes)</source>
        <translation>Fashion-MNIST（28×28 图像，10 个类别）</translation>
    </message>
    <message>
        <source>70,000 small grey photos of clothes in 10 classes: the classic first image task.</source>
        <translation>70,000 张服装的小尺寸灰度照片，分为 10 个类别：经典的入门图像任务。</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <source>Your own table: one sample per row, the label in one column.</source>
        <translation>你自己的表格：每行一个样本，其中一列是标签。</translation>
    </message>
    <message>
        <source>The data the network learns from.</source>
        <translation>网络从中学习的数据。</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>How many samples to generate (before the validation share is held out).</source>
        <translation>要生成多少个样本（在划出验证集之前）。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Random jitter added to every sample (inputs span about -1 to 1): more noise, more overlap between the classes.</source>
        <translation>给每个样本加上的随机扰动（输入范围约为 -1 到 1）：噪声越大，各类别之间重叠越多。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>How many classes the data set has; the output layer follows.</source>
        <translation>数据集有多少个类别；输出层随之调整。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Feed %1 to the network as an input: a feature that already bends can save layers.</source>
        <extracomment>%1 is an input feature&apos;s formula: x1, x1², sin x1, x1·x2.</extracomment>
        <translation>把 %1 作为一个输入送入网络：本身就弯曲的特征可以省下几层。</translation>
    </message>
    <message>
        <source>The input features the network sees, computed from the raw x1 and x2.</source>
        <translation>网络看到的输入特征，由原始的 x1 和 x2 计算得到。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>all 60,000</source>
        <extracomment>Fashion-MNIST&apos;s training images, when the limit is 0: all of them.</extracomment>
        <translation>全部 60,000 张</translation>
    </message>
    <message>
        <source>Train on fewer images to go faster in class (the validation set shrinks with it).</source>
        <translation>用更少的图像训练，课堂上会更快（验证集也随之变小）。</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>The CSV file: one sample per row, one column per feature and one for the label.</source>
        <translation>CSV 文件：每行一个样本，每个特征占一列，另有一列是标签。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>选择一个 CSV 文件。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>last column</source>
        <translation>最后一列</translation>
    </message>
    <message>
        <source>The column that holds what to predict: its name or its number (1 = first).</source>
        <translation>存放预测目标的列：填写列名或列号（1 = 第一列）。</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>The share of samples held out from training to check the network on data it has never seen: the validation loss tells you about overfitting.</source>
        <translation>从训练中留出的样本比例，用来在网络从未见过的数据上检验它：验证损失能告诉你是否过拟合。</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>验证集划分</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>验证集划分</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Normalisation: none.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Min-max to [0, 1]</source>
        <translation>最小-最大归一化到 [0, 1]</translation>
    </message>
    <message>
        <source>Z-score (mean 0, std 1)</source>
        <translation>z-score 标准化（均值 0、标准差 1）</translation>
    </message>
    <message>
        <source>Rescale every input feature, with statistics of the training split only, so that no feature dominates just by its units.</source>
        <translation>对每个输入特征重新缩放（只用训练部分的统计量），使任何特征都不会仅仅因为单位不同而占主导。</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>The seed of every random choice (data, split, initial weights, batch order): the same seed replays the same run exactly.</source>
        <translation>所有随机选择（数据、划分、初始权重、批次顺序）所用的随机种子：相同的种子会完全重现同一次训练。</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The button that picks a new random seed.</extracomment>
        <translation>换一个</translation>
    </message>
    <message>
        <source>Pick a new random seed: new data, new initial weights.</source>
        <translation>选一个新的随机种子：新的数据，新的初始权重。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>What preparing the data did: loading, cleaning, splitting, normalising.</source>
        <translation>数据准备做了哪些事：加载、清洗、划分、归一化。</translation>
    </message>
    <message>
        <source>Photos of clothes: T-shirt, trouser, pullover, dress, coat, sandal, shirt, sneaker, bag, ankle boot. Validation uses the official test images.</source>
        <translation>服装照片：T 恤、裤子、套头衫、连衣裙、外套、凉鞋、衬衫、运动鞋、包、短靴。验证使用官方的测试集图像。</translation>
    </message>
    <message>
        <source>Your own table of data.</source>
        <translation>你自己的数据表格。</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>layerlab::DecisionMapView</name>
    <message>
        <source>Decision map</source>
        <translation>决策区域图</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Training points: the samples the network learns from, drawn as filled dots.</source>
        <translation>训练点：网络从中学习的样本，画成实心圆点。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Validation points: samples the network never trains on, drawn as rings: they show whether it generalises.</source>
        <translation>验证点：网络从不拿来训练的样本，画成圆环：它们能显示网络是否具有泛化能力。</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>No network yet: the map appears when one is built.</source>
        <translation>还没有网络：搭建好网络后就会显示这张图。</translation>
    </message>
    <message>
        <source>The decision map needs data with two inputs (x1, x2) and a network built for them.</source>
        <translation>决策区域图需要有两个输入（x1、x2）的数据，以及为它们搭建的网络。</translation>
    </message>
    <message>
        <source>Validation point (%1, %2): %3</source>
        <translation>验证点 (%1, %2)：%3</translation>
    </message>
    <message>
        <source>Training point (%1, %2): %3</source>
        <translation>训练点 (%1, %2)：%3</translation>
    </message>
    <message>
        <source>%1 (probability %2%)</source>
        <translation>%1（概率 %2%）</translation>
    </message>
    <message>
        <source>%1 (output %2)</source>
        <translation>%1（输出 %2）</translation>
    </message>
    <message>
        <source>At (%1, %2) the network answers %3.
The colour shows the network&apos;s answer at every point; where it changes is the decision boundary.</source>
        <translation>在 (%1, %2) 处，网络的回答是 %3。
颜色表示网络在每一点上的回答；颜色发生变化的地方就是决策边界。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>网络输出</translation>
    </message>
    <message>
        <source>Each point takes its most likely class&apos;s colour, paler where the network is unsure.</source>
        <translation>每个点都涂上它最可能属于的类别的颜色；网络越没有把握，颜色越浅。</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>训练点</translation>
    </message>
    <message>
        <source>validation point</source>
        <translation>验证点</translation>
    </message>
    <message>
        <source>This network has %1 parameters, too many to run it over the input plane for a decision map. Use fewer or smaller layers to see the map.</source>
        <extracomment>%1 is the number of weights and biases of the network</extracomment>
        <translation>这个网络有 %1 个参数，太多了，无法在整个输入平面上运行它来画决策区域图。请减少层数或缩小各层，才能看到这张图。</translation>
    </message>
</context>
<context>
    <name>layerlab::DistributionView</name>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>The layer whose distribution is drawn</source>
        <translation>要显示哪一层的分布</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Weights are what the layer has learned; gradients are how each step wants to change them; activations are what the layer outputs.</source>
        <translation>权重是这一层学到的东西；梯度表示每一步要怎样改变权重；激活值是这一层的输出。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>A log scale both ways from 0: linear near 0, then one step per power of ten on either side, so that values of very different sizes (gradients that vanish or explode) all show.</source>
        <translation>从 0 向正负两个方向取对数刻度：0 附近是线性的，往外每个 10 的幂占一格，这样大小相差悬殊的数值（消失或爆炸的梯度）都能显示出来。</translation>
    </message>
    <message>
        <source>Here you will see how each layer&apos;s weights, gradients and activations are spread over training, step by step, once the network has trained a few steps.</source>
        <translation>网络训练几步之后，这里会一步一步地显示每一层的权重、梯度和激活值在训练过程中的分布。</translation>
    </message>
    <message>
        <source>How the weights of %1 are spread over training: the darkest band holds the middle 38% of them, the lightest all, the line is the median.</source>
        <translation>%1 的权重在训练过程中的分布：最深的色带包含居中的 38%，最浅的色带包含全部，线条是中位数。</translation>
    </message>
    <message>
        <source>How the gradients of %1 are spread over training: the darkest band holds the middle 38% of them, the lightest all, the line is the median.</source>
        <translation>%1 的梯度在训练过程中的分布：最深的色带包含居中的 38%，最浅的色带包含全部，线条是中位数。</translation>
    </message>
    <message>
        <source>How the outputs of %1 are spread over training: the darkest band holds the middle 38% of them, the lightest all, the line is the median.</source>
        <translation>%1 的输出在训练过程中的分布：最深的色带包含居中的 38%，最浅的色带包含全部，线条是中位数。</translation>
    </message>
    <message>
        <source>%1 has no weights. Pick a layer with weights, or Activations.</source>
        <translation>%1 没有权重。请选择一个有权重的层，或者选择“激活值”。</translation>
    </message>
    <message>
        <source>Nothing measured for %1 yet: its distribution appears after the first training steps.</source>
        <translation>还没有测量 %1：训练最初几步之后就会显示它的分布。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1, log scale (linear within ±%2)</source>
        <translation>%1，对数刻度（±%2 以内为线性）</translation>
    </message>
    <message>
        <source>%1, linear scale</source>
        <translation>%1，线性刻度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>%1 at step %2
Median: %3
Middle 38%: %4 to %5
Middle 68%: %6 to %7
Middle 87%: %8 to %9
All: %10 to %11</source>
        <translation>%1，第 %2 步
中位数：%3
居中 38%：%4 到 %5
居中 68%：%6 到 %7
居中 87%：%8 到 %9
全部：%10 到 %11</translation>
    </message>
</context>
<context>
    <name>layerlab::DivergenceBanner</name>
    <message>
        <source>Divide the learning rate by 10: smaller steps cannot overshoot as far.</source>
        <translation>把学习率除以 10：步子变小，就不会越过最小值那么远。</translation>
    </message>
    <message>
        <source>Clip gradients at norm 1</source>
        <translation>把梯度裁剪到范数 1</translation>
    </message>
    <message>
        <source>Scale every gradient down to length 1 when it is longer, so one step cannot throw the weights far.</source>
        <translation>梯度长度超过 1 时就把它缩小到 1，这样一步就不会把权重甩得很远。</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>Start again from fresh random weights: needed once the weights are Inf/NaN.</source>
        <translation>从新的随机权重重新开始：权重一旦变成 Inf/NaN，就必须这样做。</translation>
    </message>
    <message>
        <source>Training diverged at step %1 (epoch %2) and paused itself.</source>
        <translation>训练在第 %1 步（第 %2 轮）发散，已自动暂停。</translation>
    </message>
    <message>
        <source>Values became Inf/NaN %1, at %2.</source>
        <translation>%1，%2 处的数值变成了 Inf/NaN。</translation>
    </message>
    <message>
        <source>Values became Inf/NaN %1.</source>
        <translation>%1，数值变成了 Inf/NaN。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to try:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;建议：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Lower learning rate to %1</source>
        <translation>把学习率降到 %1</translation>
    </message>
</context>
<context>
    <name>layerlab::DoctorFeeder</name>
    <message>
        <source>&amp;Breakpoints…</source>
        <translation>断点(&amp;B)…</translation>
    </message>
    <message>
        <source>Pause training by itself when gradients vanish or explode, units die or saturate, the validation loss rises, or the doctor finds something. Kept for this session only.</source>
        <translation>在梯度消失或爆炸、神经元死亡或饱和、验证损失上升，或诊断器发现问题时，自动暂停训练。仅在本次会话中有效。</translation>
    </message>
    <message>
        <source>Breakpoints last for this session only.</source>
        <translation>断点仅在本次会话中有效。</translation>
    </message>
    <message>
        <source>Breakpoints on</source>
        <translation>断点已开启</translation>
    </message>
    <message>
        <source>Training pauses by itself on the conditions set in Training &gt; Breakpoints… (for this session only).</source>
        <translation>满足“训练 &gt; 断点…”中设置的条件时，训练会自动暂停（仅限本次会话）。</translation>
    </message>
    <message>
        <source>Training paused on a breakpoint (Training &gt; Breakpoints…). Play or Step goes on from here.</source>
        <translation>训练在断点处暂停（训练 &gt; 断点…）。按“运行”或“步”从这里继续。</translation>
    </message>
    <message>
        <source>Applied: %1 (Edit &gt; Undo takes it back).</source>
        <translation>已应用：%1（“编辑 &gt; 撤销”可以撤回）。</translation>
    </message>
    <message>
        <source>%1 Step %2.</source>
        <translation>%1第 %2 步。</translation>
    </message>
</context>
<context>
    <name>layerlab::DoctorView</name>
    <message>
        <source>Findings</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>What the doctor found, most serious first. Select one to see the evidence, the likely cause and what to try; its layers light up on the model.</source>
        <translation>诊断器发现的问题，最严重的排在最前。选中一条，可以查看依据、可能的原因和建议；相关的层会在模型上高亮显示。</translation>
    </message>
    <message>
        <source>Select a finding to see what was measured, why it happens and what to try.</source>
        <translation>选中一条诊断结果，查看测量到了什么、为什么会这样，以及可以尝试什么。</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Each button changes the project as one edit: Edit &gt; Undo takes it back.</source>
        <translation>每个按钮对项目所做的更改算作一次编辑：“编辑 &gt; 撤销”可以撤回。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the finding&apos;s severity, %2 the kind of problem it names</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>1 finding at step %1.</source>
        <translation>第 %1 步有 1 条诊断结果。</translation>
    </message>
    <message>
        <source>%1 findings at step %2, most serious first.</source>
        <translation>第 %2 步有 %1 条诊断结果，最严重的排在最前。</translation>
    </message>
    <message>
        <source>Train for a moment: the doctor needs a few dozen steps to judge.</source>
        <translation>先训练一会儿：诊断器需要几十步才能做出判断。</translation>
    </message>
    <message>
        <source>Nothing looks wrong so far.</source>
        <translation>到目前为止没有发现问题。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Makes this change to the project as one edit: Edit &gt; Undo takes it back.</source>
        <translation>对项目做这项更改，算作一次编辑：“编辑 &gt; 撤销”可以撤回。</translation>
    </message>
</context>
<context>
    <name>layerlab::Document</name>
    <message>
        <source>Add %1 layer</source>
        <translation>添加 %1 层</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Set initialiser of all layers</source>
        <translation>设置所有层的初始化方法</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>修改随机种子</translation>
    </message>
    <message>
        <source>Fit the output layer to the data</source>
        <translation>让输出层适配数据</translation>
    </message>
</context>
<context>
    <name>layerlab::FeatureMapView</name>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Which validation image to look at (or click one in the Samples view).</source>
        <translation>要查看哪一张验证集图像（也可以在“样本”视图中点击一张）。</translation>
    </message>
    <message>
        <source>Feature maps appear here when the data are images.</source>
        <translation>数据是图像时，特征图会显示在这里。</translation>
    </message>
    <message>
        <source>Feature maps appear once the model is built for these images.</source>
        <translation>为这些图像搭建好模型后，就会显示特征图。</translation>
    </message>
    <message>
        <source>What %1 looks for: its %2 learned %3×%3 filters (blue +, orange −)</source>
        <translation>%1 在寻找什么：它学到的 %2 个 %3×%3 卷积核（蓝色 +，橙色 −）</translation>
    </message>
    <message>
        <source>What %1 looks for: its %2 learned %3×%3 filters, averaged over %4 input channels (blue +, orange −)</source>
        <translation>%1 在寻找什么：它学到的 %2 个 %3×%3 卷积核，在 %4 个输入通道上取平均（蓝色 +，橙色 −）</translation>
    </message>
    <message>
        <source>%1&apos;s output: %2 feature maps of %3×%4 (white = where it is most active; black = 0)</source>
        <translation>%1 的输出：%2 张 %3×%4 的特征图（白色 = 最活跃的位置；黑色 = 0）</translation>
    </message>
    <message>
        <source>This model has no Conv2D layer: add one to see what it finds in the image.</source>
        <translation>这个模型没有 Conv2D 层：添加一个，就能看到它在图像中找到了什么。</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图像 %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation>真实类别：%1</translation>
    </message>
    <message>
        <source>Each small picture is one channel: where in the image its filter found its pattern.</source>
        <translation>每张小图是一个通道：显示它的卷积核在图像中的哪些位置找到了对应的模式。</translation>
    </message>
</context>
<context>
    <name>layerlab::GradientView</name>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>||dL/dW||</source>
        <translation>||dL/dW||</translation>
    </message>
    <message>
        <source>Gradient norm per layer (log scale)</source>
        <translation>各层的梯度范数（对数刻度）</translation>
    </message>
    <message>
        <source>The size of each layer&apos;s gradient: too small and the layer stops learning (vanishing), too large and its updates overshoot (exploding).</source>
        <translation>每一层梯度的大小：太小，这一层就不再学习（梯度消失）；太大，它的更新就会越过最小值（梯度爆炸）。</translation>
    </message>
    <message>
        <source>Vanishing: below 1e-6, the layer barely learns</source>
        <translation>消失：低于 1e-6，这一层几乎学不到东西</translation>
    </message>
    <message>
        <source>Exploding: above 1e3, updates overshoot</source>
        <translation>爆炸：高于 1e3，更新会越过最小值</translation>
    </message>
    <message>
        <source>||ΔW|| / ||W||</source>
        <translation>||ΔW|| / ||W||</translation>
    </message>
    <message>
        <source>Update size relative to the weights (log scale)</source>
        <translation>更新比：权重变化量与权重大小之比（对数刻度）</translation>
    </message>
    <message>
        <source>How much one step changes a layer&apos;s weights, relative to their size: about 1e-3 is healthy, far below learns slowly, far above is unstable.</source>
        <translation>一步让一层的权重相对于自身大小变化多少：约 1e-3 为正常，远低于此则学得很慢，远高于此则不稳定。</translation>
    </message>
    <message>
        <source>Healthy: about 1e-3</source>
        <translation>正常：约 1e-3</translation>
    </message>
    <message>
        <source>Each colour is one layer, the same in both charts.</source>
        <translation>每种颜色代表一层，两张图中的颜色一致。</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>No gradients yet: they appear after the first training step.</source>
        <translation>还没有梯度：第一个训练步之后就会显示。</translation>
    </message>
    <message>
        <source>%1: the gradient is not a number (NaN or Inf), training has diverged</source>
        <translation>%1：梯度不是有效数值（NaN 或 Inf），训练已发散</translation>
    </message>
    <message>
        <source>%1: gradient norm %2 is above 1e3, exploding gradients</source>
        <translation>%1：梯度范数 %2 高于 1e3，梯度爆炸</translation>
    </message>
    <message>
        <source>%1: gradient norm %2 is below 1e-6, vanishing gradients</source>
        <translation>%1：梯度范数 %2 低于 1e-6，梯度消失</translation>
    </message>
    <message>
        <source>Every layer&apos;s gradient is between 1e-6 and 1e3.</source>
        <translation>每一层的梯度都在 1e-6 到 1e3 之间。</translation>
    </message>
    <message>
        <source>%1 not a number</source>
        <translation>%1 为 Inf/NaN</translation>
    </message>
    <message>
        <source>%1 exploding</source>
        <translation>%1 梯度爆炸</translation>
    </message>
    <message>
        <source>%1 vanishing</source>
        <translation>%1 梯度消失</translation>
    </message>
    <message>
        <source>%1 layers out of range: %2</source>
        <translation>有 %1 层的梯度超出正常范围：%2</translation>
    </message>
</context>
<context>
    <name>layerlab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>layerlab::LayerInspector</name>
    <message>
        <source>Units (neurons) in this layer: each learns one weighted sum of the inputs. More units can bend the decision boundary more, and overfit more.</source>
        <translation>这一层的神经元个数：每个神经元学习输入的一个加权和。神经元越多，决策边界能弯曲得越厉害，也越容易过拟合。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>The non-linearity applied to each unit&apos;s weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation>作用在每个神经元加权和上的非线性函数；没有它，叠在一起的多层会退化成一个线性映射。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>The fraction of inputs set to zero at each training step (0.5 drops half).</source>
        <translation>每个训练步中被置为 0 的输入所占的比例（0.5 表示丢弃一半）。</translation>
    </message>
    <message>
        <source>Dropout rate</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>How slowly the running mean and variance used at test time follow the batches (0.99: an average over about 100 batches).</source>
        <translation>测试时所用的滑动均值和方差跟随各批量更新的快慢，值越大越慢（0.99：约为最近 100 个批量的平均）。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>How many different patterns this layer learns to detect: one output channel per filter.</source>
        <translation>这一层学习检测多少种不同的模式：每个卷积核对应一个输出通道。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <source>The size of each filter&apos;s window, in pixels (3 means 3×3).</source>
        <translation>每个卷积核窗口的大小，单位为像素（3 表示 3×3）。</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>How many pixels the filter moves between two positions: 2 halves the output size.</source>
        <translation>卷积核每次移动多少像素：取 2 时输出尺寸减半。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>Convolution padding &quot;valid&quot; (Keras&apos; name): no padding.</extracomment>
        <translation>valid（不填充）</translation>
    </message>
    <message>
        <source>No padding: the output shrinks by the kernel size minus one.</source>
        <translation>不填充：输出的宽度和高度都比输入少“卷积核大小 − 1”个像素。</translation>
    </message>
    <message>
        <source>same</source>
        <extracomment>Convolution padding &quot;same&quot; (Keras&apos; name): zero padding that keeps the size.</extracomment>
        <translation>same（补零）</translation>
    </message>
    <message>
        <source>Zero padding around the border: the output keeps the input&apos;s size.</source>
        <translation>在边界外做零填充：输出保持输入的尺寸。</translation>
    </message>
    <message>
        <source>Whether the image border is padded with zeros so that the output keeps the input&apos;s width and height.</source>
        <translation>是否在图像边界外补零，使输出保持输入的宽度和高度。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>The pooling window, in pixels: 2 turns each 2×2 block into one value, halving width and height.</source>
        <translation>池化窗口的大小，单位为像素：取 2 时把每个 2×2 区域变成一个值，宽度和高度减半。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation>未选中层</translation>
    </message>
    <message>
        <source>Click a layer on the model to see and change its settings.</source>
        <translation>点击模型中的一层，查看并修改它的设置。</translation>
    </message>
    <message>
        <source>Activation: %1</source>
        <translation>激活函数：%1</translation>
    </message>
</context>
<context>
    <name>layerlab::LayerPalette</name>
    <message>
        <source>Drag onto the model, between two layers (or double-click).</source>
        <translation>拖到模型上的两层之间（或双击）。</translation>
    </message>
</context>
<context>
    <name>layerlab::LayerPaletteList</name>
    <message>
        <source>Layers you can add: drag one onto the model, between two layers.</source>
        <translation>可以添加的层：把它拖到模型上的两层之间。</translation>
    </message>
</context>
<context>
    <name>layerlab::LossChartView</name>
    <message>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Each mini-batch</source>
        <translation>每个小批量</translation>
    </message>
    <message>
        <source>Training (epoch mean)</source>
        <translation>训练（每轮平均）</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The loss measures how wrong the network&apos;s answers are: when the validation loss rises while the training loss keeps falling, the network is overfitting.</source>
        <translation>损失值衡量网络的回答错得有多厉害：如果验证损失上升，而训练损失仍在下降，说明网络正在过拟合。</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>A log scale gives every factor of ten the same height, so the slow late improvement of the loss stays visible.</source>
        <translation>对数刻度让每 10 倍的变化占相同的高度，这样训练后期损失值缓慢的改善也能看得清。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>A step is one mini-batch and one weight update; an epoch is one pass over all the training data.</source>
        <translation>一步就是一个小批量、一次权重更新；一轮就是把全部训练数据完整地过一遍。</translation>
    </message>
    <message>
        <source>Horizontal axis:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>In both charts: blue for the training data, orange for the validation data.</source>
        <translation>两张图中：蓝色表示训练数据，橙色表示验证数据。</translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Step (mini-batches seen)</source>
        <translation>步（已训练的小批量数）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>No training yet: press Play to start.</source>
        <translation>还没有训练：按“运行”开始。</translation>
    </message>
    <message>
        <source>Loss: training %1, validation %2 after epoch %3</source>
        <translation>第 %3 轮后的损失：训练 %1，验证 %2</translation>
    </message>
    <message>
        <source>Loss: training %1 after epoch %2</source>
        <translation>第 %2 轮后的损失：训练 %1</translation>
    </message>
    <message>
        <source>Loss: %1 on the last mini-batch</source>
        <translation>损失：最近一个小批量上为 %1</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Training RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Validation RMSE</source>
        <translation>验证 RMSE</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Accuracy: the share of samples put in the right class</source>
        <translation>准确率：被分到正确类别的样本所占的比例</translation>
    </message>
    <message>
        <source>RMSE: the typical size of the prediction error</source>
        <translation>RMSE：预测误差的典型大小</translation>
    </message>
    <message>
        <source>Accuracy: training %1, validation %2</source>
        <translation>准确率：训练 %1，验证 %2</translation>
    </message>
    <message>
        <source>RMSE: training %1, validation %2</source>
        <translation>RMSE：训练 %1，验证 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Accuracy is the percentage of samples whose predicted class is the true one.</source>
        <translation>准确率是预测类别与真实类别相同的样本所占的百分比。</translation>
    </message>
    <message>
        <source>RMSE, the root of the mean squared error, is the typical distance between prediction and target, in the target&apos;s units.</source>
        <translation>RMSE（均方根误差）是均方误差的平方根，表示预测值与目标值之间的典型差距，单位与目标值相同。</translation>
    </message>
    <message>
        <source>Appears when the first epoch ends.</source>
        <translation>第一轮结束后显示。</translation>
    </message>
</context>
<context>
    <name>layerlab::MainWindow</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层类型</translation>
    </message>
    <message>
        <source>The kinds of layers you can add to the model.</source>
        <translation>可以添加到模型中的各种层。</translation>
    </message>
    <message>
        <source>How the network learns: loss, optimizer, learning rate…</source>
        <translation>网络如何学习：损失函数、优化器、学习率…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>What the network learns from.</source>
        <translation>网络从中学习的数据。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层设置</translation>
    </message>
    <message>
        <source>The selected layer&apos;s settings.</source>
        <translation>选中的层的设置。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>模型摘要</translation>
    </message>
    <message>
        <source>Each layer&apos;s output shape and parameter count.</source>
        <translation>每一层的输出形状和参数数量。</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>The loss while training: it should go down.</source>
        <translation>训练过程中的损失值：它应该不断下降。</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>决策区域图</translation>
    </message>
    <message>
        <source>What the network answers at every point of the input plane.</source>
        <translation>网络在输入平面上每一点给出的答案。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Every neuron and weight; with two inputs, what each neuron computes.</source>
        <translation>每个神经元和每个权重；只有两个输入时，还显示每个神经元计算的内容。</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>How strongly each layer is learning.</source>
        <translation>每一层学习的力度。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The weights of each layer as histograms and as a heatmap.</source>
        <translation>以直方图和热力图显示每一层的权重。</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>How a layer&apos;s weights, gradients or activations are spread, step by step over training.</source>
        <translation>一层的权重、梯度或激活值的分布，以及它在训练中逐步的变化。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>What each layer outputs: saturated or dead units.</source>
        <translation>每一层的输出：可以看出饱和或死亡的神经元。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Validation images with the network&apos;s answers; mistakes in red.</source>
        <translation>验证集图像及网络给出的答案；答错的用红色标出。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Which classes the network mixes up.</source>
        <translation>网络把哪些类别弄混了。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>What each convolution finds in one image.</source>
        <translation>每个卷积在一张图像中找到了什么。</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>诊断器</translation>
    </message>
    <message>
        <source>What looks wrong in training, why, and what to try.</source>
        <translation>训练中哪里看起来不对、原因是什么、可以尝试什么。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close LayerLab (asks about unsaved changes).</source>
        <translation>关闭 LayerLab（有未保存的更改时会先询问）。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 is the edit to undo, such as &quot;Add Dense layer&quot;</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change to the model, the data or the settings.</source>
        <translation>撤销对模型、数据或设置的上一次更改。</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>%1 is the edit to redo, such as &quot;Add Dense layer&quot;</extracomment>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone.</source>
        <translation>重做刚才撤销的操作。</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>删除层(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected layer from the model (or press Delete on the model).</source>
        <translation>从模型中删除选中的层（也可以在模型上按 Delete 键）。</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>运行/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Start or pause training.</source>
        <translation>开始或暂停训练。</translation>
    </message>
    <message>
        <source>&amp;Step One Mini-batch</source>
        <translation>训练一个小批量(&amp;S)</translation>
    </message>
    <message>
        <source>One forward pass, one backward pass, one update.</source>
        <translation>一次前向传播、一次反向传播、一次权重更新。</translation>
    </message>
    <message>
        <source>Step One &amp;Epoch</source>
        <translation>训练一轮(&amp;E)</translation>
    </message>
    <message>
        <source>Train until every training sample has been seen once more.</source>
        <translation>继续训练，直到每个训练样本都再被用过一次。</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Fresh random weights from the seed; counters back to zero.</source>
        <translation>根据随机种子重新生成随机权重；计数器归零。</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger type and controls everywhere.</source>
        <translation>放大所有文字和控件。</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller type and controls: more fits on a small screen.</source>
        <translation>缩小文字和控件：小屏幕上能显示更多内容。</translation>
    </message>
    <message>
        <source>Type and controls at their normal size.</source>
        <translation>文字和控件恢复正常大小。</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>For a projector: larger type, thicker lines, and only the model, the learning curves and the current view. F5 again brings everything back.</source>
        <translation>用于投影：更大的文字、更粗的线条，只显示模型、学习曲线和当前视图。再按一次 F5 恢复全部面板。</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation>把所有面板放回初始位置。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>关于 LayerLab(&amp;A)</translation>
    </message>
    <message>
        <source>About LayerLab</source>
        <translation>关于 LayerLab</translation>
    </message>
    <message>
        <source>LayerLab: build a neural network by drag and drop, train it live, and see everything it does.</source>
        <translation>LayerLab：用拖放搭建神经网络，实时训练它，看清它所做的一切。</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1%)</source>
        <extracomment>%1 is a percentage such as 125</extracomment>
        <translation>实际大小（当前 %1%）(&amp;A)</translation>
    </message>
    <message>
        <source>Presentation mode: press F5 to bring every panel back.</source>
        <translation>演示模式：按 F5 恢复所有面板。</translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation>无法训练：%1</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>正在准备数据…</translation>
    </message>
    <message>
        <source>diverged here</source>
        <translation>在此发散</translation>
    </message>
    <message>
        <source>gradients out of range</source>
        <translation>梯度超出正常范围</translation>
    </message>
    <message>
        <source>The data being trained on: %1</source>
        <translation>正在用于训练的数据：%1</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2 training, %3 validation samples, %4 classes</source>
        <extracomment>the data set&apos;s name, then its numbers of training and validation samples and of classes</extracomment>
        <translation>%1：训练样本 %2 个，验证样本 %3 个，%4 个类别</translation>
    </message>
    <message>
        <source>%1: %2 training, %3 validation samples, regression</source>
        <extracomment>the data set&apos;s name, then its numbers of training and validation samples</extracomment>
        <translation>%1：训练样本 %2 个，验证样本 %3 个，回归</translation>
    </message>
</context>
<context>
    <name>layerlab::ModelCanvas</name>
    <message>
        <source>Your network, from the input (top) to the output (bottom). Drag layers here from the palette; drag a card to move it; Delete removes the selected layer.</source>
        <translation>你的网络，从输入（上）到输出（下）。从“层类型”面板把层拖到这里；拖动卡片可以移动它；按 Delete 键删除选中的层。</translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Exploding: its steps overshoot and training may diverge.</source>
        <translation>权重的梯度：%1。爆炸：每一步都会越过最小值，训练可能发散。</translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Large: watch for steps that overshoot.</source>
        <translation>权重的梯度：%1。偏大：注意每一步是否越过了最小值。</translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Healthy: it learns.</source>
        <translation>权重的梯度：%1。正常：这一层在学习。</translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Small: it learns slowly.</source>
        <translation>权重的梯度：%1。偏小：这一层学得很慢。</translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Vanished: almost nothing reaches it, it barely learns.</source>
        <translation>权重的梯度：%1。消失：几乎没有梯度传到这一层，它几乎学不到东西。</translation>
    </message>
    <message>
        <source>grad %1</source>
        <translation>梯度 %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Gradient flowing back (badges and links, log scale)</source>
        <translation>反向传回的梯度（标记和连线，对数刻度）</translation>
    </message>
    <message>
        <source>vanishing &lt; %1</source>
        <translation>消失 &lt; %1</translation>
    </message>
    <message>
        <source>exploding &gt; %1</source>
        <translation>爆炸 &gt; %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Drop layers here</source>
        <translation>把层拖放到这里</translation>
    </message>
    <message>
        <source>This is the output layer: its width and activation follow the loss and the number of classes.</source>
        <translation>这是输出层：它的宽度（神经元数）和激活函数由损失函数和类别数决定。</translation>
    </message>
    <message>
        <source>What the network reads: one sample&apos;s input features. Choose them in the Data panel.</source>
        <translation>网络读取的内容：一个样本的输入特征。在“数据”面板中选择。</translation>
    </message>
    <message>
        <source>While training, each badge shows the gradient reaching the layer&apos;s weights, and each link is as thick as the gradient passing back up through it (log scale): thin blue-grey links mean the gradient vanishes before it reaches the layers above; red means it explodes.</source>
        <translation>训练时，每个标记显示传到该层权重的梯度，每条连线的粗细表示经它向上传回的梯度大小（对数刻度）：细的蓝灰色连线表示梯度在到达上面的层之前就消失了；红色表示梯度爆炸。</translation>
    </message>
    <message>
        <source>The output layer stays: its width and activation follow the loss.</source>
        <translation>输出层不能删除：它的宽度和激活函数由损失函数决定。</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>layerlab::ModelSummaryView</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>The shape of one batch leaving the layer; None stands for the batch size.</source>
        <translation>一个批量离开该层时的形状；None 代表批量大小。</translation>
    </message>
    <message>
        <source>Numbers the layer learns: weights and biases (and BatchNorm&apos;s running statistics, which are not trained).</source>
        <translation>该层学习的数值个数：权重和偏置（还有 BatchNorm 的滑动统计量，它们不参与训练）。</translation>
    </message>
    <message>
        <source>The model summary, as Keras prints it: what each layer outputs and how many numbers it learns.</source>
        <translation>模型摘要，与 Keras 打印的格式相同：每一层输出什么、学习多少个数值。</translation>
    </message>
    <message>
        <source>Waiting for the data to know the input shape…</source>
        <translation>正在等待数据，以确定输入形状…</translation>
    </message>
    <message>
        <source>No summary: %1</source>
        <extracomment>%1 is why the model cannot be built (a sentence).</extracomment>
        <translation>无法生成摘要：%1</translation>
    </message>
    <message>
        <source>Total parameters: %1   (trainable %2, non-trainable %3)</source>
        <translation>参数总数：%1   （可训练 %2，不可训练 %3）</translation>
    </message>
</context>
<context>
    <name>layerlab::NetworkDiagramView</name>
    <message>
        <source>then Dropout %1%</source>
        <translation>后接 Dropout %1%</translation>
    </message>
    <message>
        <source>then BatchNorm</source>
        <translation>后接 BatchNorm</translation>
    </message>
    <message>
        <source>then Flatten</source>
        <translation>后接 Flatten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>No network yet: build one from layers, then train it.</source>
        <translation>还没有网络：先用层搭建一个网络，然后训练它。</translation>
    </message>
    <message>
        <source>The diagram draws networks of Dense layers on flat inputs; this one starts with images and convolutions, so see its layers in the model editor.</source>
        <translation>这张图只能画输入为一维特征、由 Dense 层组成的网络；这个网络以图像和卷积开头，请在模型编辑区查看它的各层。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>In</source>
        <comment>the input column&apos;s title, where there is little room</comment>
        <translation>输入</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <source>The diagram draws networks of Dense layers; this one has %1 layers.</source>
        <translation>这张图只能画由 Dense 层组成的网络；这个网络中有 %1 层。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负值</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正值</translation>
    </message>
    <message>
        <source>Lines: weights, thicker = larger. Boxes: each neuron&apos;s output over the input plane. Small squares: biases.</source>
        <translation>连线：权重，越粗表示越大。方框：每个神经元在输入平面上的输出。小方块：偏置。</translation>
    </message>
    <message>
        <source>Lines: weights, thicker = larger. Small squares: biases.</source>
        <translation>连线：权重，越粗表示越大。小方块：偏置。</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>neuron %1 of %2</source>
        <translation>%2 的第 %1 个神经元</translation>
    </message>
    <message>
        <source>Weight from %1 to %2: %3
A weight multiplies the signal along its line: blue (positive) passes it on, orange (negative) turns it around.</source>
        <translation>从 %1 到 %2 的权重：%3
权重与沿这条连线传递的信号相乘：蓝色（正值）把信号原样传下去，橙色（负值）把信号的正负反过来。</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>
The picture shows this input&apos;s value over the plane: blue high, orange low.</source>
        <translation>
图中显示这个输入在平面上各处的取值：蓝色表示高，橙色表示低。</translation>
    </message>
    <message>
        <source>%1, neuron %2 (%3)
Bias: %4</source>
        <translation>%1，第 %2 个神经元（%3）
偏置：%4</translation>
    </message>
    <message>
        <source>
The picture shows what this neuron outputs at every point of the input plane: blue high, orange low.</source>
        <translation>
图中显示这个神经元在输入平面上每一点的输出：蓝色表示高，橙色表示低。</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>还有 %1 个</translation>
    </message>
    <message>
        <source>Lines: weights, thicker = larger. Small squares: biases. This network is too large to picture each neuron&apos;s output over the input plane; use fewer or smaller layers to see them.</source>
        <translation>连线：权重，越粗表示越大。小方块：偏置。这个网络太大，无法画出每个神经元在输入平面上的输出；请减少层数或缩小各层，才能看到它们。</translation>
    </message>
</context>
<context>
    <name>layerlab::ProjectFiles</name>
    <message>
        <source>Unsaved changes autosaved.</source>
        <translation>未保存的更改已自动保存。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project: spiral data and a small network.</source>
        <translation>新建项目：spiral 数据集和一个小型网络。</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a LayerLab project file.</source>
        <translation>打开 LayerLab 项目文件。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model, the settings and the trained weights.</source>
        <translation>保存模型、设置和训练好的权重。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation>以新名称保存项目。</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>LayerLab closed without saving “%1”. Recover the changes autosaved at %2?</source>
        <translation>LayerLab 上次关闭时没有保存“%1”。要恢复 %2 自动保存的更改吗？</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（没有最近打开的文件）</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>%1[*] — LayerLab</source>
        <translation>%1[*] — LayerLab</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;All files (*)</source>
        <translation>LayerLab 项目 (*.layerlab);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>layerlab::SampleGalleryView</name>
    <message>
        <source>Validation images and the network&apos;s answers</source>
        <translation>验证集图像和网络的回答</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>→ %1 %2%</source>
        <translation>→ %1 %2%</translation>
    </message>
    <message>
        <source>Sample images appear here when the data are images.</source>
        <translation>数据是图像时，样本图像会显示在这里。</translation>
    </message>
    <message>
        <source>The network&apos;s answers appear once a model is built.</source>
        <translation>搭建好模型后，就会显示网络的回答。</translation>
    </message>
    <message>
        <source>%1 of %2 wrong (red frames). Click an image to see its feature maps.</source>
        <translation>%2 张中有 %1 张答错（红框）。点击图像可以查看它的特征图。</translation>
    </message>
    <message>
        <source>%1 of %2 wrong (red frames); %3 shown, enlarge the panel for all.</source>
        <translation>%2 张中有 %1 张答错（红框）；只显示了 %3 张，放大面板可以看到全部。</translation>
    </message>
</context>
<context>
    <name>layerlab::TimelineSlider</name>
    <message>
        <source>Replay the run: drag left to see the gradients, weights and activations as they were at an earlier step; training goes on meanwhile. The right end (or End, or Live) follows training live. Arrow keys and PgUp/PgDn move frame by frame.</source>
        <translation>回放训练过程：向左拖动，查看较早某一步时的梯度、权重和激活值；训练同时照常进行。拖到最右端（或按 End 键，或点“实时”）即实时跟随训练。方向键和 PgUp/PgDn 逐帧移动。</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>The button that returns the views to the running training.</extracomment>
        <translation>实时</translation>
    </message>
    <message>
        <source>Back to live: follow training again (End)</source>
        <translation>回到实时：重新跟随训练（End）</translation>
    </message>
    <message>
        <source>Replay · step %1 / %2</source>
        <translation>回放 · 第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Live · step %1</source>
        <translation>实时 · 第 %1 步</translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingControls</name>
    <message>
        <source>Play</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Play (Space): train mini-batch after mini-batch until you pause.</source>
        <translation>运行（空格键）：一个小批量接一个小批量地训练，直到你暂停。</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>The counter of steps trained.</extracomment>
        <translation>步</translation>
    </message>
    <message>
        <source>Train on one mini-batch: one forward pass, one backward pass, one weight update.</source>
        <translation>用一个小批量训练：一次前向传播、一次反向传播、一次权重更新。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <extracomment>The button that trains until the current epoch ends.
----------
The counter of epochs finished.</extracomment>
        <translation>轮</translation>
    </message>
    <message>
        <source>Train until the current epoch ends: every training sample seen once.</source>
        <translation>训练到当前这一轮结束：每个训练样本都用过一次。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again: fresh random weights from the seed, counters back to zero.</source>
        <translation>重新开始：根据随机种子重新生成随机权重，计数器归零。</translation>
    </message>
    <message>
        <source>Full speed</source>
        <extracomment>%1 training steps (mini-batches) per second.</extracomment>
        <translation>全速</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 步/秒</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>How fast Play trains: slow it down to watch the network change step by step.</source>
        <translation>“运行”时的训练速度：调慢一些，就能一步一步地观察网络的变化。</translation>
    </message>
    <message>
        <source>Epochs finished: one epoch is one pass over all training samples.</source>
        <translation>已完成的轮数：一轮就是把所有训练样本完整地过一遍。</translation>
    </message>
    <message>
        <source>How far training is through the current epoch.</source>
        <translation>当前这一轮的训练进度。</translation>
    </message>
    <message>
        <source>Epoch ends in</source>
        <translation>本轮剩余</translation>
    </message>
    <message>
        <source>Time left in the current epoch, from the training speed and the samples still to go.</source>
        <translation>当前这一轮还剩多少时间，根据训练速度和尚未训练的样本数估算。</translation>
    </message>
    <message>
        <source>Mini-batches trained so far: one step is one weight update.</source>
        <translation>到目前为止训练过的小批量个数：一步就是一次权重更新。</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The loss of the latest mini-batch: lower is better.</source>
        <translation>最近一个小批量的损失值：越低越好。</translation>
    </message>
    <message>
        <source>Training speed: samples pushed forward and backward per second.</source>
        <translation>训练速度：每秒完成前向传播和反向传播的样本数。</translation>
    </message>
    <message>
        <source>Training keeps every core busy, so the charts and views refresh about %1 times less often than usual: drawing them as often would slow training down.</source>
        <translation>训练占满了所有 CPU 核心，所以图表和视图的刷新频率降到平时的约 1/%1：如果照常刷新，会拖慢训练。</translation>
    </message>
    <message>
        <source>Finished all %1 epochs. Raise Epochs to train on, or Reset.</source>
        <translation>已完成全部 %1 轮训练。要继续训练，请调高“训练轮数”，或者重置。</translation>
    </message>
    <message>
        <source>Stopped early: the validation loss stopped improving. Play continues anyway.</source>
        <translation>已提前停止：验证损失不再改善。按“运行”仍可继续训练。</translation>
    </message>
    <message>
        <source>Diverged. Fix the cause (see the banner), then Play continues from here.</source>
        <translation>训练已发散。先排除原因（见横幅提示），再按“运行”从这里继续。</translation>
    </message>
    <message>
        <source>Diverged: the weights are Inf/NaN. Press Reset to start again.</source>
        <translation>训练已发散：权重已变成 Inf/NaN。请按“重置”重新开始。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause (Space): stop after the current mini-batch.</source>
        <translation>暂停（空格键）：当前小批量训练完后停止。</translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingSettingsPanel</name>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How big a step the weights take down the gradient. Too small: slow. Too big: the loss jumps around or explodes. The arrows walk 0.001, 0.003, 0.01, 0.03…</source>
        <translation>权重沿梯度下降方向每一步走多远。太小：训练很慢。太大：损失值来回跳动，甚至爆炸。箭头按钮依次取 0.001、0.003、0.01、0.03…</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Samples per mini-batch: the gradient of each step is averaged over this many. Small batches give noisy, frequent steps; large ones smooth, rare steps.</source>
        <translation>每个小批量的样本数：每一步的梯度是这么多个样本梯度的平均。批量小，更新频繁但噪声大；批量大，更新平稳但次数少。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>How many passes over the training data before training stops by itself.</source>
        <translation>训练数据要完整地过多少遍（多少轮），之后训练自动停止。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Regularisation: none.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>L1 (rate · Σ|w|)</source>
        <translation>L1（系数 · Σ|w|）</translation>
    </message>
    <message>
        <source>L2 (rate · Σw²)</source>
        <translation>L2（系数 · Σw²）</translation>
    </message>
    <message>
        <source>Adds rate × the sum of |w| to the loss: pushes useless weights to exactly 0.</source>
        <translation>在损失中加上“系数 × 所有 |w| 之和”：把无用的权重压到恰好为 0。</translation>
    </message>
    <message>
        <source>Adds rate × the sum of w² to the loss: keeps all weights small (weight decay).</source>
        <translation>在损失中加上“系数 × 所有 w² 之和”：让所有权重都保持较小（权重衰减）。</translation>
    </message>
    <message>
        <source>Regularisation: a penalty on large weights that fights overfitting.</source>
        <translation>正则化：对较大的权重施加惩罚，以抑制过拟合。</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>How strongly large weights are penalised: the factor in front of Σ|w| or Σw².</source>
        <translation>对较大权重的惩罚力度：Σ|w| 或 Σw² 前面的系数。</translation>
    </message>
    <message>
        <source>Regularisation rate</source>
        <translation>正则化系数</translation>
    </message>
    <message>
        <source>regularisation rate</source>
        <translation>正则化系数</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>Gradient clipping at 0: switched off.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Gradient clipping: when the gradient&apos;s overall length exceeds this, it is scaled down to it, so one bad batch cannot throw the weights far (0 = off).</source>
        <translation>梯度裁剪：当梯度的总长度（全局范数）超过这个值时，就把它缩小到这个值，这样一个糟糕的批量就不会把权重甩得很远（0 = 关闭）。</translation>
    </message>
    <message>
        <source>Clip gradient norm</source>
        <translation>裁剪梯度范数</translation>
    </message>
    <message>
        <source>gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>(differs per layer)</source>
        <translation>（各层不同）</translation>
    </message>
    <message>
        <source>How every layer&apos;s weights are drawn before training (Reset draws them again). Each layer can also have its own, in the layer inspector.</source>
        <translation>训练前每一层的权重如何随机生成（“重置”会重新生成）。也可以在“层设置”面板中为每一层单独设置。</translation>
    </message>
    <message>
        <source>Initialiser (all layers)</source>
        <translation>初始化方法（所有层）</translation>
    </message>
</context>
<context>
    <name>layerlab::WeightView</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Histograms of:</source>
        <translation>直方图：</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Weights are what the layer has learned; gradients are how the last step wants to change them.</source>
        <translation>权重是这一层学到的东西；梯度表示上一步要怎样改变权重。</translation>
    </message>
    <message>
        <source>Weight from input %1 to unit %2 of %3: %4
Blue cells are positive weights, orange negative; pale cells are near zero.</source>
        <translation>从输入 %1 到 %3 的第 %2 个神经元的权重：%4
蓝色格子是正权重，橙色是负权重；颜色很浅的格子接近 0。</translation>
    </message>
    <message>
        <source>How %1&apos;s weights are spread: a wide spread can mean large, unstable weights, all near zero can mean a layer that passes little on.</source>
        <translation>%1 的权重分布：分布很宽可能意味着权重过大、不稳定；全都接近 0 可能意味着这一层几乎不向后传递信息。</translation>
    </message>
    <message>
        <source>How %1&apos;s gradients are spread: a spike at zero means the layer barely learns.</source>
        <translation>%1 的梯度分布：在 0 处有一个尖峰，说明这一层几乎学不到东西。</translation>
    </message>
    <message>
        <source>
Click to see its weight matrix below.</source>
        <translation>
点击可以在下方查看它的权重矩阵。</translation>
    </message>
    <message>
        <source>No weights yet: they appear after the first training step.</source>
        <translation>还没有权重：第一个训练步之后就会显示。</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>%1 gradients</source>
        <translation>%1 的梯度</translation>
    </message>
    <message>
        <source>W of %1: %2 units (rows) × %3 inputs (columns), in y = W x + b</source>
        <translation>%1 的 W：%2 个神经元（行）× %3 个输入（列），即 y = W x + b 中的 W</translation>
    </message>
    <message>
        <source>Click a histogram above to see that layer&apos;s matrix. Each cell is one weight: row = the unit it feeds, column = the input it reads.</source>
        <translation>点击上方的直方图，查看该层的权重矩阵。每个格子是一个权重：行 = 它连向的神经元，列 = 它读取的输入。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build, train and watch neural networks.</source>
        <translation>搭建、训练并观察神经网络。</translation>
    </message>
    <message>
        <source>A .layerlab file, or an example&apos;s name (spiral, xor, ...).</source>
        <translation>一个 .layerlab 文件，或一个示例的名称（spiral、xor 等）。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor an example&apos;s name. Starting with the %2 example.</source>
        <translation>“%1”既不是文件，也不是示例名称。将以示例 %2 启动。</translation>
    </message>
</context>
</TS>
